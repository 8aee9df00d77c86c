import LZString from 'lz-string';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema, SPEC_VERSION } from './experiment';
import type { Problem } from './problem';
import { problem } from './problem';
import { restoreSpec } from './restore';

/** What starts the URL hash of a share link; the compressed experiment follows it. */
export const LINK_PREFIX = '#e=';
/** Longest compressed payload read; a real experiment needs a few thousand characters at most. */
export const MAX_LINK_PAYLOAD_CHARS = 20_000;
/** Longest JSON a payload may unpack to, checked before it is parsed. */
export const MAX_UNPACKED_CHARS = 200_000;

export interface DecodedLink {
  spec: ExperimentSpec;
  problems: Problem[];
  /** 'link' when the hash carried an experiment (even a damaged one), 'none' when it did not. */
  source: 'link' | 'none';
}

/** The characters compressToEncodedURIComponent writes. */
const PAYLOAD_ALPHABET = /^[A-Za-z0-9+$-]*$/;

/** The URL hash that opens `spec`: `#e=` and the lz-string compressed JSON of `{ v, spec }`. */
export function encodeSpecToHash(spec: ExperimentSpec): string {
  // Strips any fields outside the schema, so nothing the app attached at runtime leaks into a link.
  const parsed = experimentSpecSchema.safeParse(spec);
  const json = JSON.stringify({ v: SPEC_VERSION, spec: parsed.success ? parsed.data : spec });
  return LINK_PREFIX + LZString.compressToEncodedURIComponent(json);
}

/** Reads the experiment in a URL hash, repairing what it can; never throws. */
export function decodeSpecFromHash(hash: string): DecodedLink {
  try {
    return decode(hash);
  } catch {
    return damaged();
  }
}

function decode(hash: string): DecodedLink {
  const body = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  if (!body.startsWith('e=')) {
    return { spec: structuredClone(DEFAULT_SPEC), problems: [], source: 'none' };
  }
  let payload = body.slice(2);
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) {
    return fromLink([
      problem('link-too-long', '', { length: payload.length, max: MAX_LINK_PAYLOAD_CHARS }),
    ]);
  }
  // Some chat and mail tools percent-encode characters such as `$` when they pass a link on.
  if (payload.includes('%')) payload = decodeURIComponent(payload);
  if (!PAYLOAD_ALPHABET.test(payload)) return damaged();

  // The typings promise a string, but lz-string returns null for some damaged input.
  const json = LZString.decompressFromEncodedURIComponent(payload) as string | null;
  if (!json) return damaged();
  if (json.length > MAX_UNPACKED_CHARS) {
    return fromLink([problem('link-too-large', '', { max: MAX_UNPACKED_CHARS })]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return damaged();
  }
  const { spec, problems } = restoreSpec(unwrap(parsed));
  return { spec, problems, source: 'link' };
}

/** The spec inside a `{ v, spec }` envelope, carrying the envelope's version; anything else as is. */
function unwrap(parsed: unknown): unknown {
  if (!isRecord(parsed) || !Object.hasOwn(parsed, 'spec')) return parsed;
  const { v, spec } = parsed;
  if (!isRecord(spec)) return spec;
  return v === undefined ? spec : { ...spec, version: v };
}

function fromLink(problems: Problem[]): DecodedLink {
  return { spec: structuredClone(DEFAULT_SPEC), problems, source: 'link' };
}

function damaged(): DecodedLink {
  return fromLink([problem('link-damaged', '', {})]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
