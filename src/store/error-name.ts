/** The browser's name for a failed operation (QuotaExceededError, say), or its message. */
export const errorName = (error: unknown): string =>
  error instanceof Error ? (error.name !== 'Error' ? error.name : error.message) : String(error);
