import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { MAX_FILE_BYTES } from '../../shared/practice.ts';

const EXTENSIONS: Record<string, string[]> = {
  'text/plain': ['txt'],
  'text/markdown': ['md', 'markdown'],
  'text/csv': ['csv'],
  'application/json': ['json'],
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

function contentMatches(type: string, b: Buffer): boolean {
  if (type === 'application/pdf') return startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (type === 'image/png') return startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (type === 'image/jpeg') return startsWith(b, [0xff, 0xd8, 0xff]);
  // Text types: valid UTF-8 without NUL bytes (and JSON must parse).
  if (b.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b);
  if (text.includes('\uFFFD')) return false;
  if (type === 'application/json') {
    try {
      JSON.parse(text);
    } catch {
      return false;
    }
  }
  return true;
}

/** A checked deliverable file: content base64, size and hash. */
export interface CheckedFile {
  name: string;
  type: string;
  bytes: number;
  sha256: string;
  contentBase64: string;
}

/**
 * Checks one uploaded file: its extension must fit its declared type, its content must look
 * like that type (magic bytes, or UTF-8 text), and it must be at most MAX_FILE_BYTES.
 * Throws `payload_too_large` or `invalid_input` naming the file. Files are stored, never run.
 */
export function checkFile(f: { name: string; type: string; contentBase64: string }): CheckedFile {
  const name = f.name.replace(/[/\\]/g, '_');
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  if (!(EXTENSIONS[f.type] ?? []).includes(ext))
    throw new AppError('invalid_input', `File "${name}" does not have an extension of ${f.type}`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(f.contentBase64))
    throw new AppError('invalid_input', `File "${name}" is not valid base64`);
  const buf = Buffer.from(f.contentBase64, 'base64');
  if (buf.length === 0) throw new AppError('invalid_input', `File "${name}" is empty`);
  if (buf.length > MAX_FILE_BYTES)
    throw new AppError(
      'payload_too_large',
      `File "${name}" is larger than ${MAX_FILE_BYTES} bytes`,
    );
  if (!contentMatches(f.type, buf))
    throw new AppError('invalid_input', `File "${name}" does not contain ${f.type} content`);
  return {
    name,
    type: f.type,
    bytes: buf.length,
    sha256: createHash('sha256').update(buf).digest('hex'),
    contentBase64: buf.toString('base64'),
  };
}
