import type { Hono } from 'hono';
import { getImport, importPosts, listImports, warmImportPool } from '../../domain/radar/index.ts';
import { AppError } from '../../errors.ts';
import { importContracts as imports } from '../../shared/contracts/imports.ts';
import { type ImportRecord, RADAR_LIMITS } from '../../shared/radar.ts';
import { answerWith, bindContract } from '../bind-contract.ts';
import { checkStorableText } from '../input-hygiene.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** 201 for a finished import, 202 while it is queued or running (poll it). */
const statusOf = (rec: ImportRecord) =>
  rec.status === 'queued' || rec.status === 'running' ? 202 : 201;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** File imports of job posts: each one a job, polled for progress (see the contracts). */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * An uploaded file's text: UTF-8 (a BOM dropped) when it is, else Windows-1252, which is what
 * Excel writes as "CSV" on many systems, with a warning saying so: no character is lost to
 * U+FFFD without the person knowing.
 */
export function decodeUpload(bytes: Uint8Array): { content: string; warning?: string } {
  // UTF-16 (what Excel saves as "Unicode Text"): by its byte-order mark, or, without one, by
  // the zero bytes every other byte of ASCII text has in it.
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be || utf16Guess(bytes)) {
    const enc = be || (!le && utf16Guess(bytes) === 'be') ? 'utf-16be' : 'utf-16le';
    return { content: new TextDecoder(enc).decode(bytes) };
  }
  try {
    return { content: utf8.decode(bytes) };
  } catch {
    return {
      content: windows1252.decode(bytes),
      warning:
        'The file is not UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV"). Check accented letters in the imported posts; saving as "CSV UTF-8" avoids this.',
    };
  }
}

/**
 * 'le' or 'be' when zero bytes sit on one side of the byte pairs only: UTF-16 puts them there
 * for every ASCII character (the header, digits, commas, line breaks), however little of the
 * text is Latin; UTF-8 text has none.
 */
function utf16Guess(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return undefined;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even += 1;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) odd += 1;
  }
  const pairs = n / 2;
  if (odd >= 0.1 * pairs && even <= 0.01 * pairs) return 'le';
  if (even >= 0.1 * pairs && odd <= 0.01 * pairs) return 'be';
  return undefined;
}

export function importRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  // A signed-in person's large upload starts the import workers before its body is read.
  for (const path of [imports.create.path, imports.upload.path]) {
    app.use(path, async (c, next) => {
      if (c.req.method === 'POST' && c.get('principal'))
        warmImportPool(c.get('ctx'), Number(c.req.header('content-length') ?? 0));
      await next();
    });
  }
  bindContract(app, reg, imports.create, async (c, { body }) => {
    const rec = await importPosts(c.get('ctx'), userOf(c).id, body, { background: true });
    return answerWith(statusOf(rec), rec);
  });
  bindContract(app, reg, imports.upload, async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('invalid_input', 'Send the file as multipart/form-data');
    });
    const file = form.file;
    if (!(file instanceof File))
      throw new AppError('invalid_input', 'The form needs a "file" field');
    let mapping: unknown;
    if (typeof form.mapping === 'string' && form.mapping.trim()) {
      try {
        mapping = JSON.parse(form.mapping);
      } catch {
        throw new AppError('invalid_input', 'mapping must be a JSON object');
      }
    }
    if (file.size > RADAR_LIMITS.fileBytes)
      throw new AppError(
        'payload_too_large',
        `The file is larger than ${RADAR_LIMITS.fileBytes / 1024 / 1024} MB`,
      );
    const ext = file.name.split('.').pop()?.toLowerCase();
    const { content, warning } = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    const fields = {
      format: text(form.format),
      source: text(form.source),
      dateColumn: text(form.dateColumn),
      defaultDate: text(form.defaultDate),
      dateOrder: text(form.dateOrder),
    };
    checkStorableText({ file: content, fileName: file.name, mapping, ...fields }, 'form');
    const rec = await importPosts(
      c.get('ctx'),
      userOf(c).id,
      {
        format: fields.format ?? (ext === 'ndjson' ? 'jsonl' : ext),
        content,
        fileName: file.name,
        mapping,
        source: fields.source,
        dateColumn: fields.dateColumn,
        defaultDate: fields.defaultDate,
        dateOrder: fields.dateOrder,
      },
      { background: true, ...(warning ? { warnings: [warning] } : {}) },
    );
    return answerWith(statusOf(rec), rec);
  });
  bindContract(app, reg, imports.list, async (c) => ({
    imports: await listImports(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, imports.get, (c) =>
    getImport(c.get('ctx'), userOf(c).id, c.req.param('id') ?? ''),
  );
}
