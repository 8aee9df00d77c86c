import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MNIST_HEADER_BYTES,
  MNIST_INFO,
  MNIST_PIXELS,
  mnistPackOrder,
  mnistToDataset,
  packMnist,
  unpackMnist,
} from './mnist-format';
import type { MnistDigit, UnpackedMnist } from './mnist-format';
import { readMnistPackage } from './mnist-package';

/** SHA-256 of the packed 10,000 digits; changes only when the seed, layout or package data do. */
const PACKED_SHA256 = '41f3ecdd3d1bf0ca2ec2f19dace49bdd9a5db8129b592065ffd853e66590662c';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function digit(label: number, value: number): MnistDigit {
  return { label, pixels: new Array<number>(MNIST_PIXELS).fill(value) };
}

function samplePack(): Uint8Array {
  return packMnist([digit(3, 0.5), digit(7, 1), digit(0, 0)]);
}

describe('packMnist and unpackMnist on the mnist package', () => {
  let digits: MnistDigit[];
  let packed: Uint8Array;
  let unpacked: UnpackedMnist;

  beforeAll(() => {
    digits = readMnistPackage();
    packed = packMnist(digits);
    unpacked = unpackMnist(packed);
  });

  it('holds all 10,000 28×28 images', () => {
    expect(digits).toHaveLength(10_000);
    expect(unpacked).toMatchObject({ count: 10_000, rows: 28, cols: 28 });
    expect(unpacked.labels).toHaveLength(10_000);
    expect(unpacked.pixels).toHaveLength(10_000 * MNIST_PIXELS);
    expect(packed).toHaveLength(MNIST_HEADER_BYTES + 10_000 * (1 + MNIST_PIXELS));
  });

  it('keeps every label and every pixel to within half a grey level', () => {
    const order = mnistPackOrder(digits.length);
    let labelMismatches = 0;
    let worstError = 0;
    order.forEach((source, position) => {
      const original = digits[source]!;
      if (unpacked.labels[position] !== original.label) labelMismatches++;
      for (let p = 0; p < MNIST_PIXELS; p++) {
        const restored = unpacked.pixels[position * MNIST_PIXELS + p]! / 255;
        worstError = Math.max(worstError, Math.abs(restored - original.pixels[p]!));
      }
    });
    expect(labelMismatches).toBe(0);
    expect(worstError).toBeLessThanOrEqual(0.5 / 255 + 0.001);
  });

  it('stores the images in a shuffled order, not package order', () => {
    const order = mnistPackOrder(digits.length);
    expect([...order].sort((a, b) => a - b)).toEqual(digits.map((_, i) => i));
    expect(order.filter((source, position) => source === position).length).toBeLessThan(10);
  });

  it('balances the classes in the first 1,000 images', () => {
    const counts = new Array<number>(10).fill(0);
    for (const label of unpacked.labels.subarray(0, 1000)) counts[label]!++;
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(60);
      expect(count).toBeLessThanOrEqual(140);
    }
  });

  it('gives the same bytes every time, on every machine', () => {
    expect(sha256(packMnist(digits))).toBe(PACKED_SHA256);
    expect(sha256(packed)).toBe(PACKED_SHA256);
  });

  it('converts to a dataset with pixels in [0, 1] and labels as targets', () => {
    const dataset = mnistToDataset(unpacked, 100);
    expect(dataset.count).toBe(100);
    expect(dataset.featureCount).toBe(MNIST_PIXELS);
    expect(dataset.features).toHaveLength(100 * MNIST_PIXELS);
    expect(dataset.targets).toEqual(Float32Array.from(unpacked.labels.subarray(0, 100)));
    expect(dataset.features.reduce((a, b) => Math.min(a, b))).toBe(0);
    expect(dataset.features.reduce((a, b) => Math.max(a, b))).toBe(1);
    expect(dataset.features[150]).toBeCloseTo(unpacked.pixels[150]! / 255, 6);

    const all = mnistToDataset(unpacked);
    expect(all.count).toBe(10_000);
    expect(all.features).toHaveLength(10_000 * MNIST_PIXELS);
    expect(all.targets).toHaveLength(10_000);
  });
});

describe('packMnist', () => {
  it('writes the header, then labels, then rounded and clamped pixels', () => {
    const bytes = packMnist([{ label: 4, pixels: [-0.2, 0.5, 1.3, ...new Array(781).fill(0.1)] }]);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('TTMN');
    const view = new DataView(bytes.buffer, bytes.byteOffset, MNIST_HEADER_BYTES);
    expect([4, 8, 12, 16].map((offset) => view.getUint32(offset, true))).toEqual([1, 1, 28, 28]);
    expect(bytes[MNIST_HEADER_BYTES]).toBe(4);
    expect([...bytes.subarray(MNIST_HEADER_BYTES + 1, MNIST_HEADER_BYTES + 5)]).toEqual([
      0, 128, 255, 26,
    ]);
  });

  it('rejects bad labels and images of the wrong size', () => {
    expect(() => packMnist([digit(10, 0)])).toThrow(/label 10/);
    expect(() => packMnist([digit(1.5, 0)])).toThrow(/label 1.5/);
    expect(() => packMnist([{ label: 1, pixels: [0, 1] }])).toThrow(/2 pixels, expected 784/);
  });
});

describe('unpackMnist', () => {
  it('reads back what packMnist wrote', () => {
    const { count, labels, pixels } = unpackMnist(samplePack());
    expect(count).toBe(3);
    expect([...labels].sort()).toEqual([0, 3, 7]);
    const byLabel = new Map([...labels].map((label, i) => [label, pixels[i * MNIST_PIXELS]]));
    expect(byLabel).toEqual(
      new Map([
        [0, 0],
        [3, 128],
        [7, 255],
      ]),
    );
  });

  it('rejects a file without the magic bytes', () => {
    const bytes = samplePack();
    bytes[0] = 'X'.charCodeAt(0);
    expect(() => unpackMnist(bytes)).toThrow('This is not a TrainTab MNIST file');
    expect(() => unpackMnist(new Uint8Array([84, 84]))).toThrow(
      'This is not a TrainTab MNIST file',
    );
  });

  it('rejects a truncated file', () => {
    const bytes = samplePack();
    expect(() => unpackMnist(bytes.subarray(0, bytes.length - 1))).toThrow(
      `truncated: expected ${bytes.length} bytes, got ${bytes.length - 1}`,
    );
    expect(() => unpackMnist(bytes.subarray(0, 10))).toThrow(
      `truncated: expected at least ${MNIST_HEADER_BYTES} bytes, got 10`,
    );
  });

  it('rejects trailing bytes', () => {
    const bytes = samplePack();
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => unpackMnist(longer)).toThrow(
      `trailing data: expected ${bytes.length} bytes, got ${bytes.length + 1}`,
    );
  });

  it('rejects another format version', () => {
    const bytes = samplePack();
    new DataView(bytes.buffer).setUint32(4, 2, true);
    expect(() => unpackMnist(bytes)).toThrow('Unsupported TrainTab MNIST format version 2');
  });

  it('rejects images that are not 28×28', () => {
    const bytes = samplePack();
    new DataView(bytes.buffer).setUint32(12, 32, true);
    expect(() => unpackMnist(bytes)).toThrow('must be 28×28, got 32×28');
  });

  it('rejects labels above 9', () => {
    const bytes = samplePack();
    bytes[MNIST_HEADER_BYTES + 1] = 12;
    expect(() => unpackMnist(bytes)).toThrow('image 1 has label 12');
  });

  it('reads a file that starts partway into a larger buffer', () => {
    const bytes = samplePack();
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(unpackMnist(padded.subarray(7)).labels).toEqual(unpackMnist(bytes).labels);
  });
});

describe('mnistToDataset', () => {
  it('rejects a count the file does not have', () => {
    const unpacked = unpackMnist(samplePack());
    expect(() => mnistToDataset(unpacked, 4)).toThrow(RangeError);
    expect(() => mnistToDataset(unpacked, -1)).toThrow(RangeError);
  });
});

describe('MNIST_INFO', () => {
  it('describes 28×28×1 images in 10 classes', () => {
    expect(MNIST_INFO).toMatchObject({
      name: 'mnist',
      task: 'multiclass',
      inputShape: [28, 28, 1],
      outputSize: 10,
      classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    });
  });
});
