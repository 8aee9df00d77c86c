const FNV_PRIME_LOW = 0x1b3; // The 64-bit FNV prime is 2^40 + 0x1b3.
const TWO_TO_32 = 2 ** 32;

/**
 * FNV-1a 64-bit of the text's UTF-8 bytes as 16 hex digits, for share links to recognise the same
 * file. Computed on two 32-bit halves, so every platform gives the same hash without BigInt.
 */
export function hashCsvText(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    low = (low ^ byte) >>> 0;
    // (high·2^32 + low) × (2^40 + 0x1b3) mod 2^64; low × 0x1b3 < 2^41 stays exact in a double.
    const lowProduct = low * FNV_PRIME_LOW;
    const carry = Math.floor(lowProduct / TWO_TO_32);
    high = (Math.imul(high, FNV_PRIME_LOW) + carry + (low << 8)) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
