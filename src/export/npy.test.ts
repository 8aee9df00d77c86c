import { describe, expect, it } from 'vitest';
import { npyBytes } from './npy';

const text = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

describe('npyBytes', () => {
  it('writes the magic, version 1.0, a header padded to 64 bytes, then the values', () => {
    const data = new Float32Array([1, 2.5, -3, 4, 5, 6]);
    const bytes = npyBytes({ data, shape: [3, 2] });
    expect(bytes[0]).toBe(0x93);
    expect(text(bytes, 1, 6)).toBe('NUMPY');
    expect([bytes[6], bytes[7]]).toEqual([1, 0]);
    const headerLength = (bytes[8] as number) | ((bytes[9] as number) << 8);
    expect((10 + headerLength) % 64).toBe(0);
    const header = text(bytes, 10, 10 + headerLength);
    expect(header).toMatch(/^\{'descr': '<f4', 'fortran_order': False, 'shape': \(3, 2\), \} *\n$/);
    const values = new Float32Array(bytes.slice(10 + headerLength).buffer);
    expect([...values]).toEqual([1, 2.5, -3, 4, 5, 6]);
  });

  it('writes a one-dimensional shape as a tuple, and integers as little-endian int32', () => {
    const bytes = npyBytes({ data: new Int32Array([7, -1, 300]), shape: [3] });
    const headerLength = (bytes[8] as number) | ((bytes[9] as number) << 8);
    expect(text(bytes, 10, 10 + headerLength)).toContain(
      "'descr': '<i4', 'fortran_order': False, 'shape': (3,)",
    );
    expect([...new Int32Array(bytes.slice(10 + headerLength).buffer)]).toEqual([7, -1, 300]);
  });

  it('writes only the view it is given, not the whole buffer behind it', () => {
    const whole = new Float32Array([9, 1, 2, 9]);
    const bytes = npyBytes({ data: whole.subarray(1, 3), shape: [2, 1] });
    expect(bytes.length % 64).toBe(8);
    expect([...new Float32Array(bytes.slice(bytes.length - 8).buffer)]).toEqual([1, 2]);
  });

  it('refuses a shape that does not hold the values', () => {
    expect(() => npyBytes({ data: new Float32Array(5), shape: [2, 2] })).toThrow(RangeError);
  });
});
