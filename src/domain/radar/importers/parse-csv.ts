/**
 * Streaming RFC 4180 parser: feed text chunks with `write`, get back the rows completed so far;
 * call `end` for the last row. Handles quoted fields with delimiters, doubled quotes and line
 * breaks inside quotes, CRLF or LF, and a leading BOM.
 */
export class CsvStreamParser {
  private row: string[] = [];
  private field = '';
  private inQuotes = false;
  private quoteSeen = false;
  private pendingCr = false;
  private started = false;

  constructor(private readonly delimiter = ',') {}

  /** Parses one chunk; returns the rows it completed. */
  write(chunk: string): string[][] {
    const rows: string[][] = [];
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const d = this.delimiter;
    let i = 0;
    const n = text.length;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          return rows;
        }
        this.field += text.slice(i, q);
        if (q + 1 >= n) {
          // The quote may be the first half of a doubled quote split across chunks.
          this.inQuotes = false;
          this.quoteSeen = true;
          return rows;
        }
        if (text[q + 1] === '"') {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      const ch = text[i];
      if (this.quoteSeen && ch === '"') {
        // Second half of a doubled quote that straddled two chunks.
        this.quoteSeen = false;
        this.field += '"';
        this.inQuotes = true;
        i += 1;
        continue;
      }
      this.quoteSeen = false;
      if (ch === '"' && this.field.length === 0) {
        this.inQuotes = true;
        i += 1;
      } else if (ch === d) {
        this.row.push(this.field);
        this.field = '';
        i += 1;
      } else if (ch === '\n' || ch === '\r') {
        this.row.push(this.field);
        rows.push(this.row);
        this.row = [];
        this.field = '';
        if (ch === '\r') {
          if (i + 1 >= n) this.pendingCr = true;
          else if (text[i + 1] === '\n') i += 1;
        }
        i += 1;
      } else {
        let j = i + 1;
        while (j < n) {
          const c = text[j];
          if (c === d || c === '\n' || c === '\r' || c === '"') break;
          j += 1;
        }
        this.field += text.slice(i, j);
        i = j;
      }
    }
    return rows;
  }

  /** Flushes the last row (if the text did not end with a line break). */
  end(): string[][] {
    this.quoteSeen = false;
    if (this.field.length > 0 || this.row.length > 0) {
      this.row.push(this.field);
      const last = this.row;
      this.row = [];
      this.field = '';
      return [last];
    }
    return [];
  }
}

/**
 * Parses RFC 4180 CSV text into rows of fields (quoted fields, doubled quotes, newlines inside
 * quotes). An unterminated quote runs to the end of the text. Throws nothing.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const p = new CsvStreamParser(delimiter);
  const rows = p.write(text);
  for (const r of p.end()) rows.push(r);
  return rows;
}

/**
 * Turns header-first rows into records keyed by the trimmed header names; skips blank lines,
 * missing cells become ''. Throws nothing.
 */
export function rowsToRecords(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const keys = header.map((h) => h.trim());
  const out: Record<string, string>[] = [];
  for (const r of body) {
    if (r.length === 1 && r[0] === '') continue;
    const rec: Record<string, string> = {};
    keys.forEach((k, i) => {
      rec[k] = r[i] ?? '';
    });
    out.push(rec);
  }
  return out;
}

/** Parses header-first CSV text straight into records. Throws nothing. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  return rowsToRecords(parseCsv(text));
}

/**
 * Reads a tab-separated file without quoting (O*NET style, CRLF or LF) into records keyed by
 * header. Throws nothing.
 */
export function parseTsv(text: string): Record<string, string>[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = body
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
  return rowsToRecords(rows);
}
