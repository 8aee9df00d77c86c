import type { Page } from '@playwright/test';

/**
 * Words that read the same in every language (issue 15: names are not translated): layer,
 * activation and optimizer names, data sets that are proper names, formats, backends, products,
 * search methods known by their initials, and units written in Latin letters everywhere.
 */
export const NAMES = new Set([
  ...['TrainTab', 'MNIST', 'Iris', 'CSV', 'JSON', 'URL', 'Keras', 'Optuna', 'Python', 'zip'],
  ...['TensorFlow', 'js', 'WebGPU', 'WebGL', 'WebAssembly', 'cpu', 'wasm', 'webgl', 'webgpu'],
  ...['TPE', 'GP', 'EI', 'Hyperband', 'Huber', 'MAE', 'MSE', 'L1', 'L2', 'NaN'],
  ...['Dense', 'Conv2D', 'MaxPooling2D', 'AveragePooling2D', 'Flatten', 'Reshape', 'Dropout'],
  ...['BatchNormalization', 'GlobalAveragePooling2D', 'LSTM', 'GRU', 'SimpleRNN', 'Embedding'],
  ...['relu', 'ReLU', 'sigmoid', 'tanh', 'softmax', 'softplus', 'linear', 'elu', 'selu', 'gelu'],
  ...['swish', 'SGD', 'Adam', 'RMSprop', 'Adagrad', 'Adamax', 'Adadelta', 'Rosenbrock'],
  ...['same', 'valid', 'he', 'glorot', 'Normal', 'Uniform', 'None', 'XOR', 'Fisher'],
  ...[
    'ASHA',
    'fANOVA',
    'CPU',
    'GPU',
    'B',
    'kB',
    'KB',
    'MB',
    'GB',
    'TB',
    'Esc',
    'English',
    'x',
    'y',
    'e',
    'k',
    'R',
  ],
]);

/** Names of more than one word, or with dots and dashes, removed before the words are read. */
export const NAME_PHRASES = [
  'scikit-learn',
  'GridSearchCV(cv=5)',
  'TensorFlow Playground',
  'tf.loadLayersModel',
  'model.weights.bin',
  'model.json',
  'Conv2DBackpropFilter',
];

/**
 * A layer name may wrap between its parts (Global·Average·Pooling2D, Batch·Normalization), so
 * its CamelCase parts are names too.
 */
const LAYER_NAME_PARTS = [...NAMES]
  .filter((name) => /^[A-Z][a-z]+[A-Z]/.test(name))
  .flatMap((name) => name.match(/[A-Z][a-z]*[0-9A-Z]*?(?=[A-Z][a-z]|$)/g) ?? []);

/**
 * Every Latin-letter word a person can read on the page — visible text (folded sections opened
 * first), accessible names and descriptions, titles, placeholders, alt text — that is not a name
 * above, nor inside code (`pre`, `code`), nor in `extra` (what the test itself typed or uploaded).
 * Each is returned with the text it was found in, so a failure says where to look.
 */
export async function englishWords(page: Page, extra: readonly string[] = []): Promise<string[]> {
  const allowed = [...NAMES, ...LAYER_NAME_PARTS, ...extra];
  return page.evaluate(
    ({ allowedWords, phrases }) => {
      const allowed = new Set(allowedWords);
      for (const details of document.querySelectorAll('details')) details.open = true;
      const found = new Map<string, string>();
      const scan = (raw: string | null | undefined) => {
        if (!raw) return;
        const text = phrases.reduce((rest, phrase) => rest.replaceAll(phrase, ' '), raw);
        for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?/g)) {
          const word = match[0];
          if (allowed.has(word) || /^[A-Za-z]?\d/.test(word)) continue;
          if (!found.has(word)) found.set(word, raw.trim().slice(0, 90));
        }
      };
      const hidden = (element: Element) =>
        element.closest('pre, code, script, style, noscript, [hidden], [aria-hidden="true"]') !==
        null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || hidden(parent)) continue;
        const style = getComputedStyle(parent);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        scan(node.textContent);
      }
      for (const element of document.querySelectorAll('*')) {
        if (element.closest('pre, code, script, style')) continue;
        for (const attribute of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'])
          scan(element.getAttribute(attribute));
        if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type))
          scan(element.value);
      }
      scan(document.title);
      return [...found].map(([word, where]) => `${word}  ←  “${where}”`);
    },
    { allowedWords: allowed, phrases: NAME_PHRASES },
  );
}
