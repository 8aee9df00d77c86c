import type { Message, MessageParam } from '../lib/message';
import { isMessage, message } from '../lib/message';

/**
 * Everything the store tells people, as message codes: why a run, search or race could not
 * start, why a trial ended, why the MNIST digits did not load. The UI's words for each are under
 * `store` in the `messages` namespace (src/ui/i18n/locales/<language>/messages.ts, which must
 * hold exactly these keys). A reason from below (the engine's, an exception's) is a nested message.
 */
export type StoreMessageCode =
  // Starting.
  | 'data-not-loaded'
  | 'training-start-failed'
  | 'search-start-failed'
  | 'race-start-failed'
  // Why a trial of a search ended, or the search did.
  | 'interrupted'
  | 'stopped-early'
  | 'diverged-at'
  | 'crashed-once'
  | 'crashed-twice'
  | 'sampler-failed'
  // Loading the MNIST digits.
  | 'mnist-timeout'
  | 'mnist-fetch-failed'
  | 'mnist-http';

export type StoreMessage = Message<`messages:store.${StoreMessageCode}`>;

export const storeMessage = (
  code: StoreMessageCode,
  params?: Readonly<Record<string, MessageParam>>,
): StoreMessage => message(`messages:store.${code}` as const, params);

/** Whether a message is the store's `code` (a saved one included). */
export const isStoreMessage = (value: unknown, code: StoreMessageCode): boolean =>
  isMessage(value) && value.code === `messages:store.${code}`;
