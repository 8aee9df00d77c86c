// With its extension: vite.config.ts imports this file, and Node's native loader needs one.
import { createRng } from '../lib/rng.ts';
import { MNIST_COLS, MNIST_ROWS } from './mnist-info.ts';
import type { Dataset } from './types';

// The page imports these from mnist-info.ts, which keeps this file out of its first load.
export { MNIST_ASSET_PATH, MNIST_COLS, MNIST_INFO, MNIST_ROWS } from './mnist-info.ts';

export const MNIST_MAGIC = 'TTMN';
export const MNIST_FORMAT_VERSION = 1;
export const MNIST_PIXELS = MNIST_ROWS * MNIST_COLS;
/** Magic bytes, then version, count, rows and cols as little-endian uint32s. */
export const MNIST_HEADER_BYTES = 20;
/** Seeds the shuffle that fixes the packed order (1998: the year MNIST was published). */
export const MNIST_SHUFFLE_SEED = 1998;

/** One image as the `mnist` package gives it. */
export interface MnistDigit {
  label: number;
  /** `MNIST_PIXELS` values in [0, 1], row by row. */
  pixels: ArrayLike<number>;
}

export interface UnpackedMnist {
  count: number;
  rows: number;
  cols: number;
  /** One label (0 to 9) per image. */
  labels: Uint8Array;
  /** `count * rows * cols` values 0 to 255, image by image, row by row. */
  pixels: Uint8Array;
}

/**
 * For each packed position, the index of the input image stored there. A seeded shuffle, so any
 * prefix of the packed file holds roughly one tenth of each digit.
 */
export function mnistPackOrder(count: number): number[] {
  return createRng(MNIST_SHUFFLE_SEED).shuffle(Array.from({ length: count }, (_, i) => i));
}

/**
 * Packs images into the TrainTab MNIST format, in `mnistPackOrder`. The same digits in the same
 * order always give the same bytes.
 */
export function packMnist(digits: readonly MnistDigit[]): Uint8Array {
  const count = digits.length;
  const bytes = new Uint8Array(MNIST_HEADER_BYTES + count * (1 + MNIST_PIXELS));
  writeHeader(bytes, count);
  const pixelStart = MNIST_HEADER_BYTES + count;
  mnistPackOrder(count).forEach((source, position) => {
    const digit = digits[source];
    if (digit === undefined) throw new RangeError(`No digit at index ${source}`);
    checkDigit(digit, source);
    bytes[MNIST_HEADER_BYTES + position] = digit.label;
    const offset = pixelStart + position * MNIST_PIXELS;
    for (let p = 0; p < MNIST_PIXELS; p++) {
      bytes[offset + p] = Math.min(255, Math.max(0, Math.round((digit.pixels[p] ?? 0) * 255)));
    }
  });
  return bytes;
}

/** Reads a packed file; `labels` and `pixels` are views into `bytes`, not copies. */
export function unpackMnist(bytes: Uint8Array): UnpackedMnist {
  if (!hasMagic(bytes)) throw new Error('This is not a TrainTab MNIST file (wrong magic bytes)');
  if (bytes.length < MNIST_HEADER_BYTES) {
    throw new Error(
      `TrainTab MNIST file is truncated: expected at least ${MNIST_HEADER_BYTES} bytes, got ${bytes.length}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MNIST_FORMAT_VERSION) {
    throw new Error(
      `Unsupported TrainTab MNIST format version ${version}; this app reads version ${MNIST_FORMAT_VERSION}`,
    );
  }
  const count = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const cols = view.getUint32(16, true);
  if (rows !== MNIST_ROWS || cols !== MNIST_COLS) {
    throw new Error(
      `TrainTab MNIST images must be ${MNIST_ROWS}×${MNIST_COLS}, got ${rows}×${cols}`,
    );
  }
  const expected = MNIST_HEADER_BYTES + count * (1 + MNIST_PIXELS);
  if (bytes.length < expected) {
    throw new Error(
      `TrainTab MNIST file is truncated: expected ${expected} bytes, got ${bytes.length}`,
    );
  }
  if (bytes.length > expected) {
    throw new Error(
      `TrainTab MNIST file has trailing data: expected ${expected} bytes, got ${bytes.length}`,
    );
  }
  const labels = bytes.subarray(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + count);
  const bad = labels.findIndex((label) => label > 9);
  if (bad !== -1) throw new Error(`TrainTab MNIST image ${bad} has label ${labels[bad]}, not 0–9`);
  return { count, rows, cols, labels, pixels: bytes.subarray(MNIST_HEADER_BYTES + count) };
}

/** The first `count` images as a dataset: pixels scaled to [0, 1], targets the digit labels. */
export function mnistToDataset(unpacked: UnpackedMnist, count = unpacked.count): Dataset {
  if (!Number.isInteger(count) || count < 0 || count > unpacked.count) {
    throw new RangeError(`count must be an integer from 0 to ${unpacked.count}, got ${count}`);
  }
  const featureCount = unpacked.rows * unpacked.cols;
  const features = new Float32Array(count * featureCount);
  // A plain loop: Float32Array.from with a map function is several times slower here.
  for (let i = 0; i < features.length; i++) features[i] = (unpacked.pixels[i] ?? 0) / 255;
  return {
    features,
    targets: Float32Array.from(unpacked.labels.subarray(0, count)),
    count,
    featureCount,
  };
}

function writeHeader(bytes: Uint8Array, count: number): void {
  for (let i = 0; i < MNIST_MAGIC.length; i++) bytes[i] = MNIST_MAGIC.charCodeAt(i);
  const view = new DataView(bytes.buffer, bytes.byteOffset, MNIST_HEADER_BYTES);
  view.setUint32(4, MNIST_FORMAT_VERSION, true);
  view.setUint32(8, count, true);
  view.setUint32(12, MNIST_ROWS, true);
  view.setUint32(16, MNIST_COLS, true);
}

function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MNIST_MAGIC.length) return false;
  for (let i = 0; i < MNIST_MAGIC.length; i++) {
    if (bytes[i] !== MNIST_MAGIC.charCodeAt(i)) return false;
  }
  return true;
}

function checkDigit(digit: MnistDigit, index: number): void {
  if (!Number.isInteger(digit.label) || digit.label < 0 || digit.label > 9) {
    throw new RangeError(`Digit ${index} has label ${digit.label}, not an integer 0–9`);
  }
  if (digit.pixels.length !== MNIST_PIXELS) {
    throw new RangeError(
      `Digit ${index} has ${digit.pixels.length} pixels, expected ${MNIST_PIXELS}`,
    );
  }
}
