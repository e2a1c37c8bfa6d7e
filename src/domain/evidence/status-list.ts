import { gunzipSync, gzipSync } from 'node:zlib';

/** Bits per list: the minimum the W3C Bitstring Status List recommends for herd privacy. */
export const STATUS_LIST_BITS = 131_072;

/** An all-zero list, as stored (base64 of the raw bitstring). */
export function emptyStatusBits(size = STATUS_LIST_BITS): string {
  return Buffer.alloc(Math.ceil(size / 8)).toString('base64');
}

/** Bit `index` of a raw bitstring; index 0 is the left-most bit of the first byte. */
export function getStatusBit(bytes: Uint8Array, index: number): boolean {
  const byte = bytes[index >> 3];
  if (byte === undefined) throw new RangeError(`status index ${index} is outside the list`);
  return (byte & (0x80 >> (index & 7))) !== 0;
}

/** Sets bit `index` of a stored (base64) list and returns the new stored value. */
export function setStatusBit(storedB64: string, index: number): string {
  const bytes = Buffer.from(storedB64, 'base64');
  if (index < 0 || index >> 3 >= bytes.length)
    throw new RangeError(`status index ${index} is outside the list`);
  bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7));
  return bytes.toString('base64');
}

/** The `encodedList` of a status list: multibase base64url ('u' prefix, no padding) of the GZIP'd bitstring. */
export function encodeStatusList(storedB64: string): string {
  return `u${gzipSync(Buffer.from(storedB64, 'base64')).toString('base64url')}`;
}

/** Decodes an `encodedList` (with or without the 'u' multibase prefix) to the raw bitstring. */
export function decodeStatusList(encoded: string): Uint8Array {
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  return new Uint8Array(gunzipSync(Buffer.from(body, 'base64url')));
}
