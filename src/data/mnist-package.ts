// Node only: read by the build (vite.config.ts) and by tests, never bundled into the app.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// With extensions: vite.config.ts imports this file, and Node's native loader needs them.
import { MNIST_PIXELS } from './mnist-format.ts';
import type { MnistDigit } from './mnist-format.ts';

/** The 10,000 digits of the `mnist` devDependency, in package order (all 0s, then all 1s, ...). */
export function readMnistPackage(): MnistDigit[] {
  const packageDir = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  const digits: MnistDigit[] = [];
  for (let label = 0; label < 10; label++) {
    const file = join(packageDir, 'src', 'digits', `${label}.json`);
    const { data } = JSON.parse(readFileSync(file, 'utf8')) as { data: number[] };
    for (let start = 0; start < data.length; start += MNIST_PIXELS) {
      digits.push({ label, pixels: data.slice(start, start + MNIST_PIXELS) });
    }
  }
  return digits;
}
