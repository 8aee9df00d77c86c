/**
 * Python source text from values: string, number and boolean literals, lists and tuples, a
 * trial's parameter `p["name"]`, and indented blocks of lines.
 */
import { pythonNumber } from '../experiment/keras-code';
import type { ParamValue } from '../experiment/search-schema';

/** A block of the script, one line a string. */
export type Lines = readonly string[];

/** The lines `levels` steps (four spaces each) further in; blank lines stay blank. */
export const indent = (lines: Lines, levels = 1): string[] =>
  lines.map((line) => (line === '' ? '' : `${'    '.repeat(levels)}${line}`));

/**
 * A Python string literal in ASCII: quotes, backslashes and control characters escaped, and
 * every other non-ASCII character as \uXXXX or \UXXXXXXXX, so no file name can break the script.
 */
export function pythonString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const point = value.codePointAt(i) as number;
    const char = value[i] as string;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (unit >= 0x20 && unit < 0x7f) out += char;
    else if (point > 0xffff) {
      out += `\\U${point.toString(16).padStart(8, '0')}`;
      i++;
    } else out += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** A search value as a Python literal. */
export function pythonValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return pythonString(value);
  return pythonNumber(value);
}

/** A list of search values. */
export const pythonList = (values: readonly ParamValue[]): string =>
  `[${values.map(pythonValue).join(', ')}]`;

/** A tuple: (x,) needs its comma. */
export const pythonTuple = (values: readonly ParamValue[]): string =>
  values.length === 1
    ? `(${pythonValue(values[0] as ParamValue)},)`
    : `(${values.map(pythonValue).join(', ')})`;

/** A parameter's value in a trial's dict `p`: `p["name"]`. */
export const paramKey = (name: string): string => `p[${pythonString(name)}]`;
