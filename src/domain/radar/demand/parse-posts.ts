import { AppError } from '../../../errors.ts';
import {
  COLUMN_SYNONYMS,
  type ColumnMapping,
  type ImportFormat,
  RADAR_LIMITS,
  type RowError,
  squashColumnName,
} from '../../../shared/radar.ts';
import { parseCsv } from '../importers/parse-csv.ts';

/** One valid row of an import, before deduplication and extraction. */
export interface PostCandidate {
  /** 1-based data row (CSV record after the header, JSON array index + 1, JSONL line). */
  row: number;
  title: string;
  text: string;
  postedAt: Date | undefined;
  budget: string | null;
  client: string | null;
  url: string | null;
  /** The ESCO occupation code the file gives the row (e.g. `2512.4`), if any. */
  occupation?: string | null;
  /** A client request's outcome from the file's status column, if it has one. */
  delivery?: ClientDelivery | null;
}

/** A client request's outcome. */
export type ClientDelivery = 'delivered' | 'declined' | 'not_delivered';

/** Status words by outcome, compared lowercased with dashes and underscores as spaces. */
const STATUS_WORDS: Record<ClientDelivery, readonly string[]> = {
  delivered: [
    'delivered',
    'done',
    'complete',
    'completed',
    'finished',
    'shipped',
    'paid',
    'won',
    'yes',
    'y',
    'true',
  ],
  declined: ['declined', 'rejected', 'refused', 'turned down', 'passed', 'no', 'n', 'false'],
  not_delivered: [
    'not delivered',
    'undelivered',
    'cancelled',
    'canceled',
    'abandoned',
    'lost',
    'failed',
    'incomplete',
    'in progress',
    'ongoing',
    'open',
    'pending',
  ],
};
const STATUS_OF = new Map(
  Object.entries(STATUS_WORDS).flatMap(([k, words]) => words.map((w) => [w, k as ClientDelivery])),
);

/** A status cell's outcome ("Declined", "not-delivered", "Done"), or undefined for other words. */
export function parseStatusCell(raw: string): ClientDelivery | undefined {
  return STATUS_OF.get(raw.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim());
}

type Field = keyof Required<ColumnMapping>;
const FIELDS: Field[] = [
  'title',
  'text',
  'date',
  'budget',
  'client',
  'url',
  'occupation',
  'status',
];
/** An ESCO occupation code: an ISCO unit group, then dotted ESCO refinements. */
const ESCO_CODE = /^\d{4}(\.\d+)*$/;

/** Picks the column for each field: the explicit mapping first, then the first common name. */
export function resolveMapping(keys: string[], mapping: ColumnMapping = {}): ColumnMapping {
  const out: ColumnMapping = {};
  const byName = new Map(keys.map((k) => [squashColumnName(k), k]));
  for (const f of FIELDS) {
    const explicit = mapping[f];
    if (explicit) {
      if (!keys.includes(explicit) && !explicit.includes('.')) {
        throw new AppError(
          'invalid_input',
          `The mapping names a column "${explicit}" for ${f} that the file does not have`,
          {
            details: {
              issues: [{ path: `mapping.${f}`, message: `no column "${explicit}"` }],
              columns: keys,
            },
          },
        );
      }
      out[f] = explicit;
      continue;
    }
    for (const syn of COLUMN_SYNONYMS[f]) {
      const k = byName.get(syn);
      if (k && !Object.values(out).includes(k)) {
        out[f] = k;
        break;
      }
    }
  }
  if (!out.text && !out.title) {
    throw new AppError(
      'invalid_input',
      'No column for the post text: name one in the mapping (text)',
      {
        details: {
          issues: [{ path: 'mapping.text', message: 'no text column found' }],
          columns: keys,
        },
      },
    );
  }
  return out;
}

/** Parses a date cell: ISO 8601, RFC 2822, or Unix seconds / milliseconds. */
export function parseDateCell(raw: string): Date | undefined {
  const v = raw.trim();
  let t: number;
  if (/^\d{10}$/.test(v)) t = Number(v) * 1000;
  else if (/^\d{13}$/.test(v)) t = Number(v);
  else t = Date.parse(v);
  if (!Number.isFinite(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t) : undefined;
}

function get(rec: Record<string, unknown>, key: string | undefined): unknown {
  if (!key) return undefined;
  if (key in rec) return rec[key];
  let cur: unknown = rec;
  for (const part of key.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && v && 'name' in v) return cell((v as { name: unknown }).name);
  return JSON.stringify(v);
}

const stripHtml = (s: string) =>
  /<[a-z/][^>]*>/i.test(s)
    ? s
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : s;

/**
 * Validates one record against the mapping: text (or title) required and at most 50 k
 * characters, a readable date, an http(s) url. Returns the candidate or the row's errors.
 */
export function toCandidate(
  rec: Record<string, unknown>,
  row: number,
  m: ColumnMapping,
): PostCandidate | RowError[] {
  const errors: RowError[] = [];
  // Title and text are text: a list or an object there is a mistake in the file, not a post.
  for (const [key, field] of [
    [m.title, 'title'],
    [m.text, 'text'],
  ] as const) {
    const v = get(rec, key);
    if (v !== null && typeof v === 'object' && !('name' in v && typeof v.name === 'string')) {
      errors.push({
        row,
        field: key ?? field,
        message: `expected text, found ${Array.isArray(v) ? 'a list' : 'an object'}`,
      });
    }
  }
  if (errors.length) return errors;
  const title = cell(get(rec, m.title)).slice(0, 300);
  let text = stripHtml(cell(get(rec, m.text)));
  if (!text) text = title;
  if (!text) errors.push({ row, field: m.text ?? 'text', message: 'the post text is empty' });
  if (text.length > RADAR_LIMITS.postChars) {
    errors.push({
      row,
      field: m.text ?? 'text',
      message: `the post text has ${text.length} characters; at most ${RADAR_LIMITS.postChars} are accepted`,
    });
  }
  const rawDate = cell(get(rec, m.date));
  const postedAt = rawDate ? parseDateCell(rawDate) : undefined;
  if (rawDate && !postedAt) {
    errors.push({
      row,
      field: m.date ?? 'date',
      message: `"${rawDate.slice(0, 40)}" is not a date (use e.g. 2026-03-01)`,
    });
  }
  const url = cell(get(rec, m.url));
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) {
    errors.push({
      row,
      field: m.url ?? 'url',
      message: `"${url.slice(0, 60)}" is not an http(s) address`,
    });
  }
  const rawStatus = cell(get(rec, m.status));
  const delivery = rawStatus ? parseStatusCell(rawStatus) : undefined;
  if (rawStatus && !delivery) {
    errors.push({
      row,
      field: m.status ?? 'status',
      message: `"${rawStatus.slice(0, 40)}" is not a status (use delivered, declined or not delivered)`,
    });
  }
  if (errors.length) return errors;
  return {
    row,
    title: title || text.slice(0, 80),
    text,
    postedAt,
    budget: cell(get(rec, m.budget)).slice(0, 100) || null,
    client: cell(get(rec, m.client)).slice(0, 200) || null,
    url: url || null,
    // Only a well-formed ESCO code labels the post; anything else is left to the coder.
    occupation: ESCO_CODE.test(cell(get(rec, m.occupation))) ? cell(get(rec, m.occupation)) : null,
    ...(delivery ? { delivery } : {}),
  };
}

function jsonRecords(content: string): { records: unknown[]; rowOf: (i: number) => number } {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (e) {
    throw new AppError('invalid_input', `The file is not valid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(doc)) return { records: doc, rowOf: (i) => i + 1 };
  if (doc && typeof doc === 'object') {
    const obj = doc as Record<string, unknown>;
    for (const k of ['jobs', 'posts', 'items', 'data', 'results', 'records', ...Object.keys(obj)]) {
      const v = obj[k];
      if (Array.isArray(v)) return { records: v, rowOf: (i) => i + 1 };
    }
  }
  throw new AppError(
    'invalid_input',
    'The JSON file must be an array of posts (or an object holding one)',
  );
}

/**
 * Parses an import file into valid candidates and per-row errors (row number and field);
 * with `clientHistory`, a status column says whether each request was delivered.
 * Throws `payload_too_large` over 20 MB or 50 k rows, `invalid_input` when the file as a
 * whole cannot be read (not JSON, no text column, a mapping naming a missing column).
 */
export function parsePostFile(
  content: string,
  format: ImportFormat,
  mapping: ColumnMapping = {},
  opts: { clientHistory?: boolean } = {},
): { candidates: PostCandidate[]; errors: RowError[]; total: number; mapping: ColumnMapping } {
  if (Buffer.byteLength(content) > RADAR_LIMITS.fileBytes) {
    throw new AppError(
      'payload_too_large',
      `The file is larger than ${RADAR_LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  }
  const records: { rec: unknown; row: number }[] = [];
  const errors: RowError[] = [];
  if (format === 'csv') {
    const [header, ...body] = parseCsv(content);
    const keys = (header ?? []).map((h) => h.trim());
    body.forEach((r, i) => {
      if (r.length === 1 && r[0] === '') return;
      const rec: Record<string, string> = {};
      keys.forEach((k, j) => {
        rec[k] = r[j] ?? '';
      });
      records.push({ rec, row: i + 1 });
    });
  } else if (format === 'json') {
    const { records: list, rowOf } = jsonRecords(content);
    list.forEach((rec, i) => {
      records.push({ rec, row: rowOf(i) });
    });
  } else {
    content.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push({ rec: JSON.parse(line), row: i + 1 });
      } catch (e) {
        errors.push({ row: i + 1, message: `not valid JSON: ${(e as Error).message}` });
      }
    });
  }
  const total = records.length + errors.length;
  if (total > RADAR_LIMITS.rows) {
    throw new AppError(
      'payload_too_large',
      `The file has ${total} rows; at most ${RADAR_LIMITS.rows} are accepted`,
    );
  }
  const keys = new Set<string>();
  for (const { rec } of records.slice(0, 50)) {
    if (rec && typeof rec === 'object' && !Array.isArray(rec))
      for (const k of Object.keys(rec)) keys.add(k);
  }
  const m = resolveMapping([...keys], mapping);
  // A status says whether client work was delivered; a job post's "status" (open, expired) is
  // not read at all.
  if (!opts.clientHistory) delete m.status;
  const candidates: PostCandidate[] = [];
  for (const { rec, row } of records) {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      errors.push({ row, message: 'the row is not an object with fields' });
      continue;
    }
    const c = toCandidate(rec as Record<string, unknown>, row, m);
    if (Array.isArray(c)) errors.push(...c);
    else candidates.push(c);
  }
  errors.sort((a, b) => a.row - b.row);
  return { candidates, errors, total, mapping: m };
}
