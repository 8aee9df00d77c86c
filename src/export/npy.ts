/** An array as NumPy stores it: flat values in C order and the shape they fill. */
export interface NpyArray {
  data: Float32Array | Int32Array;
  shape: readonly number[];
}

const MAGIC = [0x93, ...'NUMPY'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)));
/** NumPy pads the header so the data starts on a multiple of 64 bytes. */
const ALIGN = 64;
/** Magic (6), version (2) and the header's length (2). */
const PREAMBLE = 10;

const descr = (data: NpyArray['data']): string => (data instanceof Float32Array ? '<f4' : '<i4');

/** A Python tuple of the shape: `(3,)` needs its comma to be a tuple. */
const shapeTuple = (shape: readonly number[]): string =>
  shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;

/** Typed arrays are in the machine's byte order; .npy here says little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * One array in NumPy's `.npy` format, version 1.0 (what `numpy.load` reads): a magic string, a
 * Python-literal header naming the type and shape, padded to 64 bytes, then the raw values.
 */
export function npyBytes({ data, shape }: NpyArray): Uint8Array {
  const size = shape.reduce((product, n) => product * n, 1);
  if (size !== data.length) {
    throw new RangeError(
      `A shape of ${shapeTuple(shape)} holds ${size} values, not ${data.length}`,
    );
  }
  if (!LITTLE_ENDIAN) throw new Error('Writing .npy files needs a little-endian machine');
  // eslint-disable-next-line traintab/no-english-phrase -- NumPy's header, a Python literal
  const dict = `{'descr': '${descr(data)}', 'fortran_order': False, 'shape': ${shapeTuple(shape)}, }`;
  const unpadded = PREAMBLE + dict.length + 1;
  const headerLength = dict.length + 1 + ((ALIGN - (unpadded % ALIGN)) % ALIGN);
  const header = `${dict.padEnd(headerLength - 1, ' ')}\n`;
  const bytes = new Uint8Array(PREAMBLE + headerLength + data.byteLength);
  bytes.set(MAGIC, 0);
  bytes.set([1, 0, headerLength & 0xff, headerLength >> 8], 6);
  for (let i = 0; i < header.length; i++) bytes[PREAMBLE + i] = header.charCodeAt(i);
  bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), PREAMBLE + headerLength);
  return bytes;
}
