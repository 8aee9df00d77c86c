import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createRng } from '../lib/rng';
import type { Rng } from '../lib/rng';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema, LIMITS, SPEC_VERSION } from './experiment';
import { isProblem } from './problem';
import {
  decodeSpecFromHash,
  encodeSpecToHash,
  LINK_PREFIX,
  MAX_LINK_PAYLOAD_CHARS,
  MAX_UNPACKED_CHARS,
} from './share-link';

type Json = Record<string, unknown>;

/** Rendered: "The link is damaged: it could not be decompressed. Showing the default experiment." */
const DAMAGED = { code: 'link-damaged', path: '', params: {} };

const pack = (value: unknown): string =>
  LINK_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(value));

const unpack = (hash: string): unknown =>
  JSON.parse(LZString.decompressFromEncodedURIComponent(hash.slice(LINK_PREFIX.length)));

const layer = (units: number, activation: string): Json => ({
  ...(structuredClone(DEFAULT_SPEC.model.layers[0]!) as Json),
  units,
  activation,
});

/** Builds a spec from the default and checks it is valid, so round trips start from real specs. */
const edited = (change: (spec: { dataset: Json; model: Json; training: Json }) => void) => {
  const spec = structuredClone(DEFAULT_SPEC) as unknown as {
    dataset: Json;
    model: Json;
    training: Json;
  };
  change(spec);
  return experimentSpecSchema.parse(spec);
};

const EDITED_SPECS: [string, ExperimentSpec][] = [
  [
    'spiral with a deeper model',
    edited(({ dataset, model, training }) => {
      Object.assign(dataset, { name: 'spiral', numPoints: 1000, noise: 0.35, seed: 42 });
      model['layers'] = [
        layer(16, 'tanh'),
        layer(16, 'tanh'),
        layer(4, 'elu'),
        layer(1, 'sigmoid'),
      ];
      Object.assign(training, { optimizer: 'sgd', learningRate: 0.5, epochs: 250, batchSize: 8 });
    }),
  ],
  [
    'a CSV source',
    edited(({ dataset, model, training }) => {
      Object.assign(dataset, {
        name: 'csv',
        standardize: true,
        csv: {
          fileName: 'houses – 2024.csv',
          hash: 'deadbeef0123',
          target: 'price (€)',
          task: 'regression',
          missing: 'fill',
          shape: { task: 'regression', inputSize: 5, outputSize: 1 },
        },
      });
      model['layers'] = [layer(32, 'relu'), layer(1, 'linear')];
      Object.assign(training, { loss: 'meanSquaredError', testSplit: 0.2 });
    }),
  ],
  [
    'every limit at its edge',
    edited(({ dataset, model, training }) => {
      Object.assign(dataset, { numPoints: LIMITS.numPoints.max, noise: 1, seed: 4294967295 });
      Object.assign(dataset, { testShift: 'region' });
      model['layers'] = Array.from({ length: LIMITS.layers.max }, () => layer(1, 'softmax'));
      Object.assign(training, {
        learningRate: LIMITS.learningRate.min,
        epochs: LIMITS.epochs.max,
        batchSize: LIMITS.batchSize.max,
        validationSplit: LIMITS.validationSplit.max,
        testSplit: LIMITS.testSplit.max,
        seed: 0,
      });
    }),
  ],
];

describe('encodeSpecToHash', () => {
  it('writes #e= and the compressed { v, spec } envelope', () => {
    const hash = encodeSpecToHash(DEFAULT_SPEC);
    expect(hash.startsWith('#e=')).toBe(true);
    expect(hash.slice(3)).toMatch(/^[A-Za-z0-9+$-]+$/);
    expect(unpack(hash)).toEqual({ v: SPEC_VERSION, spec: DEFAULT_SPEC });
  });

  it('leaves out anything outside the schema, such as CSV rows', () => {
    const csv = EDITED_SPECS[1]![1];
    const withRows = { ...csv, rows: [[1, 2, 3]], dataset: { ...csv.dataset, file: 'a,b\n1,2' } };
    const hash = encodeSpecToHash(withRows as ExperimentSpec);
    expect(unpack(hash)).toEqual({ v: SPEC_VERSION, spec: csv });
  });
});

describe('decodeSpecFromHash', () => {
  it('round-trips the default spec', () => {
    expect(decodeSpecFromHash(encodeSpecToHash(DEFAULT_SPEC))).toEqual({
      spec: DEFAULT_SPEC,
      problems: [],
      source: 'link',
    });
  });

  it.each(EDITED_SPECS)('round-trips %s', (_, spec) => {
    const decoded = decodeSpecFromHash(encodeSpecToHash(spec));
    expect(decoded).toEqual({ spec, problems: [], source: 'link' });
    expect(decoded.spec).not.toEqual(DEFAULT_SPEC);
  });

  it('accepts the hash without its #, and a percent-encoded payload', () => {
    const hash = encodeSpecToHash(EDITED_SPECS[0]![1]);
    const percentEncoded = hash.replace(/[A-Z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
    expect(decodeSpecFromHash(hash.slice(1)).spec).toEqual(EDITED_SPECS[0]![1]);
    expect(decodeSpecFromHash(percentEncoded).spec).toEqual(EDITED_SPECS[0]![1]);
  });

  it.each(['', '#', '#about', '#x=abc', 'e'])('finds no link in %j', (hash) => {
    expect(decodeSpecFromHash(hash)).toEqual({ spec: DEFAULT_SPEC, problems: [], source: 'none' });
  });

  it('returns a copy of the defaults', () => {
    const { spec } = decodeSpecFromHash('');
    spec.training.epochs = 1;
    expect(DEFAULT_SPEC.training.epochs).toBe(100);
  });

  const payload = encodeSpecToHash(DEFAULT_SPEC).slice(3);
  it.each([
    ['empty', '#e='],
    ['outside the alphabet', '#e=not a link!'],
    ['malformed percent-encoding', '#e=%E0%A4%A'],
    ['cut to one character', `#e=${payload.slice(0, 1)}`],
    ['cut to a third', `#e=${payload.slice(0, Math.floor(payload.length / 3))}`],
    ['cut by five characters', `#e=${payload.slice(0, -5)}`],
    ['not JSON', `#e=${LZString.compressToEncodedURIComponent('{"v":1,"spec":')}`],
    ['random letters', '#e=AAAAAAAAAAAAAAAA'],
  ])('reports a damaged link (%s) and shows the defaults', (_, hash) => {
    expect(decodeSpecFromHash(hash)).toEqual({
      spec: DEFAULT_SPEC,
      problems: [DAMAGED],
      source: 'link',
    });
  });

  it('refuses a payload over the length cap before decompressing it', () => {
    const { spec, problems, source } = decodeSpecFromHash(
      `#e=${'A'.repeat(MAX_LINK_PAYLOAD_CHARS + 1)}`,
    );
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(source).toBe('link');
    // Rendered: "The link is too long (20,001 characters; the limit is 20,000). Showing the default experiment."
    expect(problems).toEqual([
      { code: 'link-too-long', path: '', params: { length: 20_001, max: 20_000 } },
    ]);
  });

  it('refuses a small payload that unpacks past the size cap', () => {
    const hash = pack({ v: SPEC_VERSION, spec: { ...DEFAULT_SPEC, pad: 'x'.repeat(250_000) } });
    expect(hash.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
    const { spec, problems } = decodeSpecFromHash(hash);
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(problems).toEqual([
      { code: 'link-too-large', path: '', params: { max: MAX_UNPACKED_CHARS } },
    ]);
  });

  it('repairs a link whose settings are partly wrong', () => {
    const spec = structuredClone(EDITED_SPECS[0]![1]) as unknown as { training: Json };
    spec.training['epochs'] = -3;
    const decoded = decodeSpecFromHash(pack({ v: SPEC_VERSION, spec }));
    expect(decoded.problems).toEqual([
      {
        code: 'value-replaced',
        path: 'training.epochs',
        params: { valueKind: 'literal', value: '-3', fallbackKind: 'literal', fallback: '100' },
        reason: { code: 'too-small', path: '', params: { field: 'training.epochs', min: 1 } },
      },
    ]);
    expect(decoded.spec).toEqual({
      ...EDITED_SPECS[0]![1],
      training: { ...EDITED_SPECS[0]![1].training, epochs: 100 },
    });
  });

  it("reads the envelope's version over the spec's own", () => {
    const future = decodeSpecFromHash(pack({ v: SPEC_VERSION + 1, spec: DEFAULT_SPEC }));
    expect(future.spec).toEqual(DEFAULT_SPEC);
    expect(future.problems).toEqual([
      {
        code: 'newer-version',
        path: 'version',
        params: { version: SPEC_VERSION + 1, current: SPEC_VERSION },
      },
    ]);
    const current = decodeSpecFromHash(pack({ v: SPEC_VERSION, spec: EDITED_SPECS[0]![1] }));
    expect(current).toEqual({ spec: EDITED_SPECS[0]![1], problems: [], source: 'link' });
  });

  it('restores JSON that is not an envelope', () => {
    expect(decodeSpecFromHash(pack(null)).problems).toEqual([
      { code: 'not-settings', path: '', params: { valueKind: 'null', value: '' } },
    ]);
    expect(decodeSpecFromHash(pack({ v: 1, spec: [1] })).problems).toEqual([
      { code: 'not-settings', path: '', params: { valueKind: 'list', value: '' } },
    ]);
  });
});

describe('decodeSpecFromHash fuzzing', () => {
  const TEXT_CHARS = 'ABCxyz0189+-$%#=&?! é\u0000\uffff';
  const KEYS = ['v', 'spec', 'version', 'type', 'units', '__proto__', 'constructor', 'layers', 'x'];
  const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;
  const randomText = (rng: Rng, length: number) =>
    Array.from({ length }, () => pick(rng, [...TEXT_CHARS])).join('');

  const garbage = (rng: Rng, depth: number): unknown => {
    switch (rng.int(depth > 0 ? 8 : 6)) {
      case 0:
        return null;
      case 1:
        return rng.next() < 0.5;
      case 2:
        return pick(rng, [0, -1, 1.5, -0, 1e308, -1e308, 4294967296, Number.MAX_SAFE_INTEGER + 2]);
      case 3:
        return randomText(rng, rng.int(12));
      case 4:
        return pick(rng, ['dense', 'circle', 'adam', 'relu', '1', 'NaN']);
      case 5:
        return 'z'.repeat(rng.int(3000));
      case 6:
        return Array.from({ length: rng.int(4) }, () => garbage(rng, depth - 1));
      default:
        return Object.fromEntries(
          Array.from({ length: rng.int(4) }, () => [pick(rng, KEYS), garbage(rng, depth - 1)]),
        );
    }
  };

  /** Every [container, key] pair inside a JSON value, for mutations to aim at. */
  const slots = (node: unknown, found: [Json, string][] = []): [Json, string][] => {
    if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        found.push([node as Json, key]);
        slots((node as Json)[key], found);
      }
    }
    return found;
  };

  const mutateJson = (rng: Rng, envelope: Json) => {
    for (let count = 1 + rng.int(4); count > 0; count--) {
      const [container, key] = pick(rng, slots(envelope));
      const value = container[key];
      switch (rng.int(6)) {
        case 0:
          container[key] = typeof value === 'number' ? String(value) : garbage(rng, 3);
          break;
        case 1:
          container[key] =
            typeof value === 'number' ? pick(rng, [-value, NaN, 1e308, value + 0.5]) : null;
          break;
        case 2:
          delete container[key];
          break;
        case 3:
          container[`${pick(rng, KEYS)}${rng.int(3)}`] = garbage(rng, 3);
          break;
        case 4:
          container[key] = garbage(rng, 4);
          break;
        default:
          container[key] = [value, garbage(rng, 2)];
      }
    }
    return envelope;
  };

  const mutateText = (rng: Rng, payload: string): string => {
    let text = payload;
    for (let count = 1 + rng.int(3); count > 0; count--) {
      const at = rng.int(text.length + 1);
      switch (rng.int(5)) {
        case 0:
          text = text.slice(0, at);
          break;
        case 1:
          text = text.slice(0, at) + randomText(rng, 1) + text.slice(at + 1);
          break;
        case 2:
          text = text.slice(0, at) + randomText(rng, 1 + rng.int(3)) + text.slice(at);
          break;
        case 3:
          text = text.slice(0, at) + text.slice(at + 1 + rng.int(3));
          break;
        default:
          text = randomText(rng, rng.int(200));
      }
    }
    return text;
  };

  const bases = [DEFAULT_SPEC, ...EDITED_SPECS.map(([, spec]) => spec)];

  it('survives 1,500 mutated links with a valid, JSON-serialisable spec every time', () => {
    const rng = createRng(20240611);
    const failures: string[] = [];
    let withProblems = 0;
    let damaged = 0;
    let changedFromDefault = 0;
    for (let i = 0; i < 1500; i++) {
      const base = pick(rng, bases);
      const hash =
        i % 2 === 0
          ? LINK_PREFIX + mutateText(rng, encodeSpecToHash(base).slice(LINK_PREFIX.length))
          : pack(mutateJson(rng, { v: SPEC_VERSION, spec: structuredClone(base) }));
      try {
        const { spec, problems, source } = decodeSpecFromHash(hash);
        if (!experimentSpecSchema.safeParse(spec).success) failures.push(`${i}: invalid spec`);
        if (JSON.stringify(JSON.parse(JSON.stringify(spec))) !== JSON.stringify(spec)) {
          failures.push(`${i}: spec is not plain JSON`);
        }
        if (source !== 'link') failures.push(`${i}: source ${source}`);
        // Their sentences are checked the same way in src/ui/shared/problem-text.test.ts.
        if (!problems.every((p) => isProblem(p) && JSON.stringify(p).length < 600)) {
          failures.push(`${i}: odd problems ${JSON.stringify(problems)}`);
        }
        if (problems.length > 0) withProblems++;
        if (problems.some((p) => p.code === 'link-damaged')) damaged++;
        if (JSON.stringify(spec) !== JSON.stringify(DEFAULT_SPEC)) changedFromDefault++;
      } catch (error) {
        failures.push(`${i}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // The mutations must reach every path: damaged links, repaired ones, and kept edits.
    expect(damaged).toBeGreaterThan(100);
    expect(withProblems - damaged).toBeGreaterThan(300);
    expect(changedFromDefault).toBeGreaterThan(200);
  });
});

describe('links saved by earlier versions', () => {
  // Made on 2026-11-28 with spec version 1 (moons, SGD, 42 epochs). It must keep opening as the
  // spec grows: when SPEC_VERSION changes, this test proves the migration.
  const SAVED_V1_LINK =
    '#e=N4IgbiBcCMA0IGcAOBTAxlUYUCcEEsB7AOyjhABMBDAFyoRRsxGKoFsUoQ3CSER4xAK5sACoXzEa-SABYADPMESGUeQDpyDFBTLwaKBDQDKAC3wAzJpBYlO8I1WLUcFfAC9OkC1QA2DeDQECEhhX18AX3geChRfZl8qAE9cGQBtUBok1C5Y4lV4IWJ8aSgADngqNBp8MFoiUhscOKEBEABrXGI4gBloNXhOnG7fHoAmNSjM7K9KFHz7ECKSmQqQKpq6mpIuZt9Wwa7e-sglDqPRidOpkCycmzyCpeLSmErq2vqdmwIAcx58LpDsNjgNziDLpMALpRW44KiSSS-ZiEJA1NgeXBcBC-IEgXwoKjDJEAJVoXg08gAzPBfIQEDIQAAjSREpIAYRw9IYUi5SCSbSZtDQpmMmKgVLG8BQSEIIpksil4D8gK+xGMSF8JTU6iVBiMGq11jO2l0MAiFqAA';

  it('still opens the version 1 link of 2026-11-28 without problems', () => {
    const decoded = decodeSpecFromHash(SAVED_V1_LINK);
    expect(decoded.problems).toEqual([]);
    expect(decoded.spec.dataset.name).toBe('moons');
    expect(decoded.spec.training).toMatchObject({
      epochs: 42,
      optimizer: 'sgd',
      learningRate: 0.03,
    });
    expect(decoded.spec.model.layers.map((l) => l.type)).toEqual(['dense', 'dense', 'dense']);
  });
});
