/**
 * A sentence for people, as data: the UI looks `code` up in its translations (`namespace:key`,
 * e.g. `csv:too-many-rows`) and fills in `params`. No layer below src/ui writes the sentence, so
 * every language says it in its own words. A parameter may itself be a message (a reason).
 */
export interface Message<C extends string = string> {
  readonly code: C;
  readonly params?: Readonly<Record<string, MessageParam>>;
}
export type MessageParam = string | number | Message;

export function message<C extends string>(
  code: C,
  params?: Readonly<Record<string, MessageParam>>,
): Message<C> {
  return params ? { code, params } : { code };
}

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { code?: unknown }).code === 'string';
