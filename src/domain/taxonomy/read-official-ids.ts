import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The identifier and description sets of the official ESCO and O*NET releases. */
export interface OfficialIds {
  escoSkillUris: Set<string>;
  escoOccupationUris: Set<string>;
  onetIds: Set<string>;
  officialDescriptions: Set<string>;
}

/**
 * Parses RFC 4180 text (quoted fields, doubled quotes, newlines inside quotes) into rows.
 * Throws nothing; an unterminated quote simply runs to the end of the text.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      inQuotes = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses a header-first table into records keyed by column name.
 * Throws nothing; missing cells become empty strings.
 */
export function toRecords(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r) => Object.fromEntries(header.map((h, idx) => [h.trim(), r[idx] ?? ''])));
}

/** Parses a plain tab-separated file (O*NET style: no quoting, CRLF or LF) into records. */
export function parseTsv(text: string): Record<string, string>[] {
  const rows = text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
  return toRecords(rows);
}

function readCsvGz(path: URL): Record<string, string>[] {
  return toRecords(parseCsv(gunzipSync(readFileSync(path)).toString('utf8')));
}

function readTsv(path: URL): Record<string, string>[] {
  return parseTsv(readFileSync(path, 'utf8'));
}

/**
 * Reads ESCO v1.1.1 and O*NET ids and descriptions from a `shared/data` directory.
 * Throws the underlying fs error when a file is missing.
 */
export function readOfficialIds(dataDir: URL): OfficialIds {
  const escoSkillUris = new Set<string>();
  const escoOccupationUris = new Set<string>();
  const onetIds = new Set<string>();
  const officialDescriptions = new Set<string>();
  const addDescription = (d: string | undefined): void => {
    const t = (d ?? '').trim().toLowerCase();
    if (t) officialDescriptions.add(t);
  };
  for (const r of readCsvGz(new URL('esco-v1.1.1/skills_en.csv.gz', dataDir))) {
    if (r.conceptUri) escoSkillUris.add(r.conceptUri);
    addDescription(r.description);
    addDescription(r.definition);
  }
  for (const r of readCsvGz(new URL('esco-v1.1.1/occupations_en.csv.gz', dataDir))) {
    if (r.conceptUri) escoOccupationUris.add(r.conceptUri);
    addDescription(r.description);
    addDescription(r.definition);
  }
  for (const r of readTsv(new URL('onet/v30.2_raw/Technology Skills.txt', dataDir))) {
    if (r['Commodity Code']) onetIds.add(r['Commodity Code']);
  }
  for (const r of readTsv(new URL('onet/v30.2_raw/Occupation Data.txt', dataDir))) {
    if (r['O*NET-SOC Code']) onetIds.add(r['O*NET-SOC Code']);
    addDescription(r.Description);
  }
  for (const file of ['Skills.tsv', 'Knowledge.tsv']) {
    for (const r of readTsv(new URL(`onet/v29.3_from_excel/${file}`, dataDir))) {
      if (r['Element ID']) onetIds.add(r['Element ID']);
    }
  }
  return { escoSkillUris, escoOccupationUris, onetIds, officialDescriptions };
}
