import { csvDelimiter } from '../../../../src/shared/csv-delimiter.ts';
import {
  COLUMN_SYNONYMS,
  type ColumnMapping,
  type ImportFormat,
  squashColumnName,
} from '../../../../src/shared/radar.ts';
import { stripBom } from '../../../../src/shared/strip-bom.ts';

/** The fields a post can have, in the order the mapping step shows them. */
export const IMPORT_FIELDS = ['title', 'text', 'date', 'budget', 'client', 'url'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Labels and hints for the mapping step. */
export const FIELD_LABELS: Record<ImportField, { label: string; hint: string }> = {
  title: { label: 'Title', hint: 'Short name of the job' },
  text: { label: 'Text', hint: 'The description skills are read from (required)' },
  date: { label: 'Date', hint: 'When it was posted; drives the trend chart' },
  budget: { label: 'Budget', hint: 'Rate or fixed price, kept as written' },
  client: { label: 'Client', hint: 'Company or client name' },
  url: { label: 'Link', hint: 'Address of the original post' },
};

/** Guesses the format from the file name, then from the first non-blank character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const ext = fileName.split('.').pop()?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  const head = text.trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // One object per line is JSON Lines; a single (possibly multi-line) object is JSON.
    const lines = head.split(/\r?\n/).filter((l) => l.trim());
    const eachLineIsObject = lines.length > 1 && lines.slice(0, 3).every(isJsonObject);
    return eachLineIsObject ? 'jsonl' : 'json';
  }
  return ext === 'json' ? 'json' : 'csv';
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** The column names (CSV header) or keys of the first record (JSON, JSON Lines). */
export function readColumns(format: ImportFormat, text: string): string[] {
  if (format === 'csv') return csvHeader(text);
  try {
    if (format === 'jsonl') {
      const first = text.split(/\r?\n/).find((l) => l.trim());
      return first ? keysOf(JSON.parse(first)) : [];
    }
    const doc: unknown = JSON.parse(stripBom(text));
    if (Array.isArray(doc)) return keysOf(doc[0]);
    if (doc && typeof doc === 'object') {
      // The list of posts is a list of objects, not the list of tags beside it.
      const lists = Object.values(doc).filter(Array.isArray) as unknown[][];
      const list = lists.find((l) => keysOf(l[0]).length > 0) ?? lists[0];
      return list ? keysOf(list[0]) : [];
    }
  } catch {
    // The server reports unreadable files with its own message; offer no columns here.
  }
  return [];
}

function keysOf(v: unknown): string[] {
  return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
}

/** Parses the first CSV record (quoted fields and doubled quotes allowed). */
function csvHeader(file: string): string[] {
  // As the server reads it: no BOM, and the delimiter its header line uses (";" from Excel in
  // much of Europe, or a tab).
  const text = stripBom(file);
  const delimiter = csvDelimiter(text);
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cur.trim());
      cur = '';
    } else if (ch === '\n' || ch === '\r') break;
    else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/** Pre-fills each field with the first column whose name is a common name for it. */
export function guessMapping(columns: string[]): ColumnMapping {
  const byName = new Map(columns.map((c) => [squashColumnName(c), c]));
  const out: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const hit = COLUMN_SYNONYMS[f].map((s) => byName.get(s)).find(Boolean);
    if (hit) out[f] = hit;
  }
  return out;
}

/** Counts data rows roughly (non-blank lines after the header), for the preview line. */
export function roughRowCount(format: ImportFormat, text: string): number | null {
  if (format === 'json') return null;
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).length;
  return format === 'csv' ? Math.max(lines - 1, 0) : lines;
}
