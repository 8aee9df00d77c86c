/** A part of the page whose code could not be fetched (offline, or the app was redeployed). */
export class PartLoadError extends Error {
  /** Lets the next render fetch the code again (a boundary's "Try again"). */
  readonly retry: () => void;

  constructor(cause: unknown, retry: () => void) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PartLoadError';
    this.retry = retry;
  }
}
