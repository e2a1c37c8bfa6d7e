import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../../errors.ts';

/**
 * Reads a UTF-8 data file, gunzipping it first when the name ends in `.gz`.
 * Throws AppError `not_found` when the file does not exist, `invalid_input` when a `.gz`
 * file is not valid gzip.
 */
export function readDataFile(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (cause) {
    throw new AppError('not_found', `Data file not found: ${path}`, { cause, details: { path } });
  }
  if (!path.endsWith('.gz')) return buf.toString('utf8');
  try {
    return gunzipSync(buf).toString('utf8');
  } catch (cause) {
    throw new AppError('invalid_input', `Not a gzip file: ${path}`, { cause, details: { path } });
  }
}
