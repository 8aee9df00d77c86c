import { useTranslation } from 'react-i18next';
import type { Message } from '../../lib/message';
import { isMessage } from '../../lib/message';
import { i18n } from './i18n';

/**
 * A domain message in the language on screen: its code is a key (`namespace:key`), its
 * parameters fill the placeholders, and a parameter that is a message is translated first.
 * Numbers stay numbers, so `{{count}}` picks the plural and `{{n, number}}` groups digits.
 */
export function messageText(message: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = isMessage(value) ? messageText(value) : value;
  // Codes are checked against the words where they are declared (SameKeys), not here.
  return i18n.t(message.code as never, params as never) as unknown as string;
}

/** A message as text in React: re-renders when the language changes. */
export function MessageText({ message }: { message: Message }) {
  useTranslation();
  return messageText(message);
}
