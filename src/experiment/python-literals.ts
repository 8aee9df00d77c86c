/**
 * Python literals from values: numbers, booleans, ASCII strings, lists and tuples. The Keras
 * snippet (keras-code.ts) and the exported experiment.py (src/export) both write them with these.
 */
import type { ParamValue } from './search-schema';

/** A number as Python source; JavaScript's shortest round-trip form (0.001, 1e-7) parses there too. */
export function pythonNumber(value: number, label = 'Value'): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${label} must be a finite number to write Keras code, got ${value}`);
  }
  return Object.is(value, -0) ? '0' : String(value);
}

/** `True` or `False`. */
export const pythonBool = (value: boolean): string => (value ? 'True' : 'False');

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

/** A number, string or boolean as a Python literal; `label` names a number in its error. */
export function pythonValue(value: ParamValue, label = 'Value'): string {
  if (typeof value === 'boolean') return pythonBool(value);
  if (typeof value === 'string') return pythonString(value);
  return pythonNumber(value, label);
}

/** A list of values. */
export const pythonList = (values: readonly ParamValue[]): string =>
  `[${values.map((value) => pythonValue(value)).join(', ')}]`;

/** A tuple: (784,) needs the trailing comma to be a tuple at all. */
export function pythonTuple(values: readonly ParamValue[], label = 'Value'): string {
  const items = values.map((value) => pythonValue(value, label));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}
