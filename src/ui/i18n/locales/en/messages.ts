// Messages from the engine, the store and the study: failures, reasons, states.
import type { EngineMessageCode } from '../../../../engine/client/engine-messages';
import type { StudyMessageCode } from '../../../../search/study';
import type { StoreMessageCode } from '../../../../store/store-messages';
import type { SameKeys } from '../../resource-types';

const messages = {
  // The training, probe, importance and search workers and their clients (src/engine).
  engine: {
    // Text from elsewhere (an exception's, a record saved before codes), shown as it is.
    detail: '{{detail}}',
    unknown: 'unknown',
    invalid: 'invalid',
    // A run in the training worker.
    'invalid-spec': 'The experiment is not valid.',
    'data-missing': 'The training worker does not have this data yet; load the dataset again.',
    'data-inconsistent': 'The data for "{{key}}" has inconsistent sizes.',
    busy: 'Run {{runId}} is still training; stop it first.',
    'no-backend': 'No TensorFlow.js backend could start. {{attempts}}',
    // One backend tried and why it failed; two or more, one after the other.
    attempt: '{{backend}}: {{reason}}',
    attempts: '{{first}} {{rest}}',
    'incompatible-backend': '{{reason}} Choose CPU, WebGL or WebGPU, or Auto.',
    diverged:
      'Training diverged at epoch {{epoch}}: the loss is no longer a finite number. Try a smaller learning rate.',
    'training-failed': 'Training failed: {{reason}}',
    'out-of-memory':
      'the device ran out of memory ({{detail}}). Try a smaller model or batch size.',
    'did-not-start': 'It did not start.',
    // Why a backend cannot train.
    'wasm-conv2d':
      'The WebAssembly backend of TensorFlow.js cannot train Conv2D layers (it has no Conv2DBackpropFilter kernel).',
    'no-webgpu': 'This browser does not offer WebGPU (navigator.gpu is missing).',
    'no-gpu-adapter': 'WebGPU is present but no GPU adapter is available.',
    'backend-init-failed': 'TensorFlow.js could not initialise the {{backend}} backend.',
    'backend-mismatch': 'Asked for {{backend}} but TensorFlow.js is running {{running}}.',
    'probe-timeout':
      'It did not finish warming up within {{seconds}} s (a software GPU renderer is likely).',
    'probe-worker-crashed': 'The probe worker stopped unexpectedly.',
    'pool-closed': 'The training pool was closed.',
    'measure-failed': 'The backends could not be measured: {{reason}}',
    // The training worker itself.
    'training-message-unreadable': 'A message from the training worker could not be read.',
    'training-worker-crashed': 'The training worker stopped unexpectedly: {{detail}}.',
    'worker-load-failed': 'it could not load or hit an internal error',
    'training-worker-hung':
      'The training worker sent nothing for {{seconds}} s, so it was stopped and replaced.',
    'request-unreadable':
      'The training worker got a message it does not understand ({{what}}): {{detail}}.',
    'reply-unreadable':
      'The training worker sent a message the app does not understand ({{what}}).',
    // What an unreadable message was: a JavaScript value's type ("null", "number"), or its type field.
    'what-value': 'a {{kind}}',
    'what-type': 'type "{{type}}"',
    'what-untyped': 'an object without a type',
    // The importance worker.
    'importance-unreadable': 'The importance worker sent a message that cannot be read.',
    'importance-worker-stopped': 'The importance worker stopped: {{detail}}.',
    'importance-load-failed': 'it could not load',
    'importance-request-unreadable': 'The importance request cannot be read.',
    // The search worker (the sampler).
    'search-message-unreadable': 'A message from the search worker could not be read.',
    'search-worker-crashed': 'The search worker stopped unexpectedly: {{detail}}.',
    'search-closed': 'The search worker was closed.',
    'search-busy': 'The search worker is still answering.',
    'search-post-failed': 'The search worker could not be sent a message: {{detail}}.',
    'search-worker-failed': 'The search worker failed: {{reason}}',
    'search-request-unreadable':
      'The search worker got a message it does not understand: {{detail}}.',
    'search-reply-unreadable': 'The search worker sent a message the app does not understand.',
    // The Python export worker.
    'export-request-unreadable': 'The Python export got a request it does not understand.',
    'export-failed': 'The Python project could not be written: {{detail}}',
    'export-reply-unreadable': 'The Python export sent an answer the app does not understand.',
    'export-worker-stopped': 'The Python export stopped unexpectedly: {{detail}}.',
    'export-load-failed': 'it could not load',
  },
  // Starting runs, searches and races; why trials end; loading MNIST (src/store).
  store: {
    'data-not-loaded': 'The data is not loaded yet.',
    'training-start-failed': 'Training could not start: {{reason}}',
    'search-start-failed': 'The search could not start: {{reason}}',
    'race-start-failed': 'The race could not start: {{reason}}',
    interrupted: 'Interrupted: the page was closed or reloaded while it trained',
    'stopped-early': 'Stopped before it finished',
    'diverged-at': 'Diverged at epoch {{epoch}}',
    'crashed-once': 'Its worker crashed once: {{reason}}',
    'crashed-twice': 'Its worker crashed twice: {{reason}}',
    'sampler-failed': 'The sampler failed, so the search stopped: {{reason}}',
    'mnist-timeout': 'The MNIST file did not arrive within {{seconds}} s.',
    'mnist-fetch-failed': 'The MNIST file could not be loaded: {{detail}}.',
    'mnist-http': 'The MNIST file could not be loaded (HTTP {{status}} for {{url}}).',
  },
  // The study's own verdicts on a trial (src/search/study.ts).
  study: {
    'objective-nan': 'The objective value is NaN',
  },
} as const;

export default messages;

export const engineChecked: SameKeys<EngineMessageCode, typeof messages.engine> = true;
export const storeChecked: SameKeys<StoreMessageCode, typeof messages.store> = true;
export const studyChecked: SameKeys<StudyMessageCode, typeof messages.study> = true;
