import type { Visibility } from '../../../../src/shared/accounts.ts';
import type { CredentialLevel } from '../../../../src/shared/evidence.ts';

/** Largest single attachment the server accepts (5 MiB), and the most files per entry. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 5;
/** Largest total of one entry's attachments (10 MiB). */
export const MAX_TOTAL_BYTES = 10 * 1024 * 1024;
/** Extensions the server accepts (it checks the content too, not only the name). */
export const ACCEPTED_EXTENSIONS = [
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'pdf',
  'zip',
  'docx',
  'xlsx',
  'pptx',
  'txt',
  'md',
  'csv',
  'json',
];
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: 'Private',
  circle: 'Circle',
  public: 'Public',
};
export const VISIBILITY_HELP: Record<Visibility, string> = {
  private: 'only you',
  circle: 'your circles',
  public: 'anyone',
};

export const LEVEL_LABELS: Record<CredentialLevel, string> = {
  foundational: 'Foundational',
  working: 'Working',
  advanced: 'Advanced',
};

/** "1.2 MB", "340 kB", "12 B". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** The first 10 characters of a hash, enough to compare by eye. */
export function shortHash(hash: string | null): string {
  return hash ? `${hash.slice(0, 10)}…` : '—';
}

/** Why a file cannot be attached, or null when it can. */
export function fileProblem(file: File): string | null {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) {
    return `${file.name}: this file type is not accepted.`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}; the limit is 5 MB per file.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

/** A file's content as base64, for the JSON upload body. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
