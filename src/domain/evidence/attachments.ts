import { AppError } from '../../errors.ts';
import type { AttachmentMediaType, AttachmentUpload } from '../../shared/evidence.ts';
import { sha256Hex } from './canonical-json.ts';

/** Largest single attachment. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Largest total of one entry's attachments. */
export const MAX_ENTRY_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface FileType {
  mediaType: AttachmentMediaType;
  extensions: string[];
  magic?: (b: Uint8Array) => boolean;
}

const starts = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);

/** Accepted types: binary ones by their magic bytes, text ones by being clean UTF-8 text. */
const TYPES: FileType[] = [
  {
    mediaType: 'image/png',
    extensions: ['png'],
    magic: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    magic: (b) => starts(b, [0xff, 0xd8, 0xff]),
  },
  {
    mediaType: 'image/gif',
    extensions: ['gif'],
    magic: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39),
  },
  {
    mediaType: 'image/webp',
    extensions: ['webp'],
    magic: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b, [0x57, 0x45, 0x42, 0x50], 8),
  },
  {
    mediaType: 'application/pdf',
    extensions: ['pdf'],
    magic: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  {
    mediaType: 'application/zip',
    extensions: ['zip', 'docx', 'xlsx', 'pptx'],
    magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06]),
  },
  { mediaType: 'text/plain', extensions: ['txt', 'log'] },
  { mediaType: 'text/markdown', extensions: ['md', 'markdown'] },
  { mediaType: 'text/csv', extensions: ['csv'] },
  { mediaType: 'application/json', extensions: ['json'] },
];

function isCleanText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * The media type of `bytes` named `name`, checked by content: binary types by magic bytes,
 * text types by being valid UTF-8 without NUL bytes; the extension must agree with the
 * content. Returns undefined for anything else (executables, HTML, SVG, unknown).
 */
export function detectMediaType(name: string, bytes: Uint8Array): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const binary = TYPES.find((t) => t.magic?.(bytes));
  if (binary) return ext && binary.extensions.includes(ext) ? binary.mediaType : undefined;
  const text = TYPES.find((t) => !t.magic && ext && t.extensions.includes(ext));
  return text && isCleanText(bytes) ? text.mediaType : undefined;
}

/** A decoded, checked attachment ready to store. */
export interface CheckedAttachment {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  contentB64: string;
}

/**
 * Decodes and checks uploads: size limits and content type by magic bytes.
 * Throws `payload_too_large` or `invalid_input` naming the file.
 */
export function checkAttachments(uploads: AttachmentUpload[]): CheckedAttachment[] {
  let total = 0;
  return uploads.map((u, i) => {
    if (!/^[A-Za-z0-9+/=_-]*$/.test(u.contentBase64)) {
      throw new AppError('invalid_input', `${u.name} is not base64`, {
        details: { issues: [{ path: `attachments.${i}.contentBase64`, message: 'not base64' }] },
      });
    }
    const bytes = new Uint8Array(Buffer.from(u.contentBase64, 'base64'));
    if (bytes.length === 0) {
      throw new AppError('invalid_input', `${u.name} is empty`, {
        details: { issues: [{ path: `attachments.${i}`, message: 'empty file' }] },
      });
    }
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('payload_too_large', `${u.name} is larger than 5 MiB`);
    }
    total += bytes.length;
    if (total > MAX_ENTRY_ATTACHMENT_BYTES) {
      throw new AppError('payload_too_large', 'The attachments together are larger than 10 MiB');
    }
    const mediaType = detectMediaType(u.name, bytes);
    if (!mediaType) {
      throw new AppError(
        'invalid_input',
        `${u.name}: only PNG, JPEG, GIF, WebP, PDF, ZIP (incl. Office files), text, Markdown, CSV and JSON files are accepted, and the file's content must match its name`,
        {
          details: {
            issues: [{ path: `attachments.${i}`, message: 'unsupported or mismatched type' }],
          },
        },
      );
    }
    return {
      name: u.name,
      mediaType,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      contentB64: Buffer.from(bytes).toString('base64'),
    };
  });
}
