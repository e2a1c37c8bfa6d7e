import { AppError } from '../../../errors.ts';
import { csvDelimiter } from '../../../shared/csv-delimiter.ts';
import {
  COLUMN_SYNONYMS,
  type ColumnMapping,
  type ImportFormat,
  RADAR_LIMITS,
  type RowError,
  squashColumnName,
} from '../../../shared/radar.ts';
import { stripBom } from '../../../shared/strip-bom.ts';
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

/** A numeric date written with slashes, dashes or dots: 03/04/2026, 3-4-2026, 03.04.2026. */
const NUMERIC_DATE =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

/** Whether the numeric dates of a column are day first (`dmy`) or month first (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * The order a column's numeric dates are written in, as far as its cells show it: a first
 * part above 12 (or dots, written day first in the countries that use them) says day first, a
 * second part above 12 month first. `undefined` when no cell tells, `'conflict'` when cells
 * disagree.
 */
export function inferDateOrder(cells: Iterable<string>): DateOrder | 'conflict' | undefined {
  let dmy = false;
  let mdy = false;
  for (const c of cells) {
    const m = NUMERIC_DATE.exec(c.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 || (m[2] === '.' && b <= 12)) dmy = true;
    else if (b > 12) mdy = true;
  }
  return dmy && mdy ? 'conflict' : dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

/**
 * Parses a date cell: ISO 8601, RFC 2822, a numeric date in `order` (month first by default),
 * or Unix seconds / milliseconds. A date without a year ("March 5") is no date: a year is never
 * made up.
 */
export function parseDateCell(raw: string, order: DateOrder = 'mdy'): Date | undefined {
  const v = raw.trim();
  let t: number;
  const numeric = NUMERIC_DATE.exec(v);
  if (/^\d{10}$/.test(v)) t = Number(v) * 1000;
  else if (/^\d{13}$/.test(v)) t = Number(v);
  else if (numeric) {
    const [day, month] =
      order === 'dmy'
        ? [Number(numeric[1]), Number(numeric[3])]
        : [Number(numeric[3]), Number(numeric[1])];
    // A two-digit year is this century's ("26" is 2026).
    const year = numeric[4]!.length === 2 ? 2000 + Number(numeric[4]) : Number(numeric[4]);
    let hour = numeric[5] === undefined ? 0 : Number(numeric[5]);
    if (numeric[8] && hour === 12) hour = 0;
    if (numeric[8]?.toLowerCase().startsWith('p')) hour += 12;
    const minute = numeric[6] === undefined ? 0 : Number(numeric[6]);
    const second = numeric[7] === undefined ? 0 : Number(numeric[7]);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    t = Date.UTC(year, month - 1, day, hour, minute, second);
    const d = new Date(t);
    // 31/02/2026 is no date (Date.UTC would roll it into March).
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  } else {
    if (!/(?:^|\D)(?:19|20|21)\d{2}(?:\D|$)/.test(v)) return undefined;
    t = Date.parse(v);
  }
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
  dateOrder: DateOrder = 'mdy',
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
  const postedAt = rawDate ? parseDateCell(rawDate, dateOrder) : undefined;
  if (rawDate && !postedAt) {
    errors.push({
      row,
      field: m.date ?? 'date',
      message: `"${rawDate.slice(0, 40)}" is not a date${/\d{4}/.test(rawDate) || NUMERIC_DATE.test(rawDate.trim()) ? '' : ' (no year)'}${NUMERIC_DATE.test(rawDate.trim()) ? ` read ${dateOrder === 'dmy' ? 'day' : 'month'} first` : ''} (use e.g. 2026-03-01)`,
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

/**
 * A header with each name once: a repeated column name ("description" twice) keeps its first
 * column under that name and the next as "description (2)", with a warning.
 */
function uniqueHeader(names: string[], warnings: string[]): string[] {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  const out = names.map((n) => {
    const k = n.toLowerCase();
    const times = (seen.get(k) ?? 0) + 1;
    seen.set(k, times);
    if (times === 1 || !n) return n;
    repeated.add(n);
    return `${n} (${times})`;
  });
  for (const n of repeated)
    warnings.push(
      `Column "${n}" appears more than once; the first one was read (the others are named "${n} (2)"…; map one of them to use it).`,
    );
  return out;
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
    const keys = ['jobs', 'posts', 'items', 'data', 'results', 'records', ...Object.keys(obj)];
    // The list of posts is a list of objects: not a list of tags or ids beside it.
    const ofObjects = (v: unknown): v is unknown[] =>
      Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
    const k =
      keys.find((key) => ofObjects(obj[key])) ?? keys.find((key) => Array.isArray(obj[key]));
    if (k !== undefined) return { records: obj[k] as unknown[], rowOf: (i) => i + 1 };
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
  file: string,
  format: ImportFormat,
  mapping: ColumnMapping = {},
  opts: { clientHistory?: boolean; dateOrder?: DateOrder; now?: Date } = {},
): {
  candidates: PostCandidate[];
  errors: RowError[];
  total: number;
  mapping: ColumnMapping;
  warnings: string[];
} {
  if (Buffer.byteLength(file) > RADAR_LIMITS.fileBytes) {
    throw new AppError(
      'payload_too_large',
      `The file is larger than ${RADAR_LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  }
  const records: { rec: unknown; row: number }[] = [];
  const errors: RowError[] = [];
  const warnings: string[] = [];
  // A BOM (which Excel and Notepad write) is no part of the first field or of the JSON.
  const content = stripBom(file);
  let headerKeys: string[] | undefined;
  if (format === 'csv') {
    // A header with no delimiter at all is one column: its rows are read whole, commas and
    // all ("Need Python, SQL and Excel"), not cut at the first comma.
    const firstLine = content.slice(0, Math.max(0, content.search(/\r?\n|$/)));
    const oneColumn = !/[,;\t]/.test(firstLine.replace(/"[^"]*"/g, ''));
    const delimiter = oneColumn ? '\u0000' : csvDelimiter(content);
    const [header, ...body] = parseCsv(content, delimiter);
    const keys = uniqueHeader(
      (header ?? []).map((h) => h.trim()),
      warnings,
    );
    headerKeys = keys.filter(Boolean);
    const longer = body.filter(
      (r) => r.length > keys.length && r.slice(keys.length).some((x) => x.trim()),
    ).length;
    if (longer > 0)
      warnings.push(
        `${longer} row${longer === 1 ? ' has' : 's have'} more fields than the header's ${keys.length} column${keys.length === 1 ? '' : 's'}; the extra fields were not read (quote a field that holds the delimiter).`,
      );
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
    content.split(/\r?\n/).forEach((raw, i) => {
      // A BOM opening a line (two Notepad files joined) is no part of its JSON.
      const line = stripBom(raw);
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
  if (total === 0) {
    throw new AppError('invalid_input', 'The file has no data rows', {
      details: { issues: [{ path: 'content', message: 'no rows' }], columns: headerKeys ?? [] },
    });
  }
  const keys = new Set<string>(headerKeys);
  for (const { rec } of records.slice(0, 50)) {
    if (rec && typeof rec === 'object' && !Array.isArray(rec))
      for (const k of Object.keys(rec)) keys.add(k);
  }
  const m = resolveMapping([...keys], mapping);
  // A status says whether client work was delivered; a job post's "status" (open, expired) is
  // not read at all.
  if (!opts.clientHistory) delete m.status;
  // How numeric dates are read: as asked, else as the column's cells show, else month first
  // with a warning naming the choice.
  const dateCells = m.date
    ? records.map(({ rec }) =>
        rec && typeof rec === 'object' ? cell(get(rec as Record<string, unknown>, m.date)) : '',
      )
    : [];
  const seen = opts.dateOrder ? undefined : inferDateOrder(dateCells);
  const dateOrder: DateOrder = opts.dateOrder ?? (seen === 'dmy' ? 'dmy' : 'mdy');
  const ambiguous = dateCells.filter((c) => NUMERIC_DATE.test(c.trim())).length;
  if (!opts.dateOrder && ambiguous > 0 && seen === undefined) {
    const example = dateCells.find((c) => NUMERIC_DATE.test(c.trim()))?.trim() ?? '';
    const read = parseDateCell(example, 'mdy')?.toISOString().slice(0, 10);
    warnings.push(
      `${ambiguous} date${ambiguous === 1 ? '' : 's'} such as ${example} could be day/month or month/day; they were read month first (${example} = ${read}). If the day comes first, import again with dateOrder dmy.`,
    );
  } else if (seen === 'conflict') {
    warnings.push(
      `Column "${m.date}" mixes day-first and month-first dates; they were read month first, and the dates that cannot be are listed as errors. Set dateOrder to choose.`,
    );
  }
  const candidates: PostCandidate[] = [];
  for (const { rec, row } of records) {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      errors.push({ row, message: 'the row is not an object with fields' });
      continue;
    }
    const c = toCandidate(rec as Record<string, unknown>, row, m, dateOrder);
    if (Array.isArray(c)) errors.push(...c);
    else candidates.push(c);
  }
  const now = opts.now?.getTime();
  if (now !== undefined) {
    const future = candidates.filter((c) => c.postedAt && c.postedAt.getTime() > now + 86_400_000);
    if (future.length > 0)
      warnings.push(
        `${future.length} row${future.length === 1 ? ' is' : 's are'} dated in the future (row ${future[0]!.row}: ${future[0]!.postedAt!.toISOString().slice(0, 10)}); trends count a post in the month it is dated, so check the date column.`,
      );
  }
  errors.sort((a, b) => a.row - b.row);
  return { candidates, errors, total, mapping: m, warnings };
}
