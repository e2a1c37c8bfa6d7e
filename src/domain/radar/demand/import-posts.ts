import { z } from 'zod';
import { AppError, parseInput } from '../../../errors.ts';
import {
  ImportInput,
  type ImportRecord,
  RADAR_LIMITS,
  type RowError,
} from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { type AddPostsOptions, type PreparedChunk, prepareChunk } from './add-posts.ts';
import type { PostToCode } from './code-post.ts';
import { getImportPool, type ImportPool, splitInWorker } from './import-pool.ts';
import type { PostCandidate } from './parse-posts.ts';
import { presentImport } from './present.ts';
import { type SplitUpload, splitUpload } from './split-upload.ts';

/** Imports at or below this many rows finish before the call returns. */
export const SYNC_IMPORT_ROWS = 500;
/** The job queue that writes imports. */
export const IMPORT_QUEUE = 'radar.import';
/**
 * Rows per chunk: each chunk is deduplicated and extracted outside any transaction, then
 * written in one short transaction (with the embedded database free before the next). 100
 * rather than 200: the write transaction is what other requests wait behind on the embedded
 * store's one connection (10k-row import, same load: /api/ready p99 344 ms at 100, 775 ms at
 * 200, with the next chunk prepared in the workers meanwhile).
 */
export const IMPORT_CHUNK_ROWS = 100;
const MAX_STORED_ERRORS = 1000;
/**
 * Held chunks stored per transaction when a file is uploaded. PostgreSQL, 60 chunks (16 MB):
 * ~150 ms at 8 per transaction against ~210 ms with one commit per chunk (same sitting).
 */
const CHUNKS_PER_STORE = 8;
/** Uploads larger than this are parsed in the import worker pool, off the request's thread. */
export const OFF_THREAD_UPLOAD_BYTES = 512 * 1024;

export interface ImportPostsOptions {
  /** Large files (over 500 rows) are queued as a job and the record returns while queued. */
  background?: boolean;
  /** Progress callback (CLI progress bar): rows handled so far and the total. */
  onProgress?: (processed: number, total: number) => void;
  /** Warnings about how the file was read (its encoding), kept first in the import record. */
  warnings?: string[];
}

export interface RunImportOptions {
  onProgress?: (processed: number, total: number) => void;
  /** Use the worker pool for fingerprints and extraction (default true; false: this thread). */
  workers?: boolean;
  /**
   * Hold the stored posts' band keys in memory when there are few enough of them for the rows
   * left to import (`HELD_POSTS_PER_ROW`; default true; false: the database's band-key index is
   * asked per chunk). Same near-duplicates either way.
   */
  holdBandKeys?: boolean;
}

/**
 * An import holds the account's band keys in memory (`holdBandKeys`) when the account has at
 * most this many posts per row left to import, and at most `MAX_HELD_POSTS`. Reading a post's
 * keys once costs far less than the band-key index probes its share of the chunks would
 * (a 3,000-row file into an account of 6,000 posts: 380 rows/s with 2.2 ms of PostgreSQL CPU
 * per row asking the index, against ~0.4 ms for a first import).
 */
export const HELD_POSTS_PER_ROW = 20;
/** At most this many posts' keys held (~12 bytes a key, 20 keys a post: ~24 MB). */
export const MAX_HELD_POSTS = 100_000;
const heldPostsLimit = (rowsLeft: number) =>
  Math.min(MAX_HELD_POSTS, Math.max(0, rowsLeft) * HELD_POSTS_PER_ROW);

/** A candidate as held in a chunk (dates as ISO text). */
type HeldCandidate = Omit<PostCandidate, 'postedAt'> & { postedAt?: string };

const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/** The date warnings of an import: rows without a date get `defaultDate` or the import day. */
function dateWarnings(
  undated: number,
  dateColumn: string | undefined,
  defaultDate: Date | undefined,
  now: Date,
): string[] {
  if (undated === 0) return [];
  const day = (defaultDate ?? now).toISOString().slice(0, 10);
  const used = defaultDate ? `the default date you gave (${day})` : `the import day (${day})`;
  const how = defaultDate
    ? ''
    : ' To date them, send defaultDate (e.g. 2026-03-01) or name the date column (dateColumn).';
  if (!dateColumn) {
    return [
      `The file has no date column: its ${undated} row${undated === 1 ? ' is' : 's are'} dated ${used}, so trends see them all in one month.${how}`,
    ];
  }
  return [
    `${undated} row${undated === 1 ? ' has' : 's have'} no date in column "${dateColumn}": dated ${used}.${how}`,
  ];
}

/**
 * The status warning of a client-history import: requests without a status count as delivered
 * work, which the radar reads as skills held.
 */
function statusWarnings(unstated: number, statusColumn: string | undefined): string[] {
  if (unstated === 0) return [];
  const rows = `${unstated} request${unstated === 1 ? '' : 's'}`;
  return [
    statusColumn
      ? `${rows} had no status in column "${statusColumn}" and ${unstated === 1 ? 'was' : 'were'} counted as delivered work. Mark declined or undelivered ones on Sources.`
      : `The file has no status column, so ${unstated === 1 ? 'its request was' : `all ${rows} were`} counted as delivered work (a skill you hold). Mark declined or undelivered ones on Sources, or add a status column (delivered, declined, not delivered).`,
  ];
}

/**
 * Imports job posts from CSV, JSON or JSON Lines text for `userId`, all or nothing: the file
 * is parsed and validated now (every bad row reported with its row number and field), the
 * valid rows are held in chunks and an import record is created `queued`; the rows are then
 * written chunk by chunk (`running`), hidden from every read until the import is `done`, and
 * removed if it fails. Exact and near duplicates are skipped (so re-importing a file adds
 * nothing) and near-duplicate rows are named. A file without dates imports with a warning
 * (set `defaultDate` or `dateColumn`). With `background` and more than 500 rows it returns
 * while queued and a job writes it. Throws `invalid_input` (bad body, unreadable file, no
 * text column) and `payload_too_large` (over 20 MB or 50 k rows).
 */
export async function importPosts(
  ctx: Ctx,
  userId: string,
  input: unknown,
  opts: ImportPostsOptions = {},
): Promise<ImportRecord> {
  const content = (input as { content?: unknown } | null)?.content;
  // Too large a file is refused as such, before its schema says "Too big".
  if (typeof content === 'string' && content.length > RADAR_LIMITS.fileBytes)
    throw new AppError(
      'payload_too_large',
      `The file is larger than ${RADAR_LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  const body = parseInput(ImportInput, input, 'The import request is invalid');
  if (body.dateColumn && body.mapping?.date && body.dateColumn !== body.mapping.date) {
    throw new AppError('invalid_input', 'dateColumn and mapping.date name different columns', {
      details: { issues: [{ path: 'dateColumn', message: 'differs from mapping.date' }] },
    });
  }
  const mapping = body.dateColumn ? { ...body.mapping, date: body.dateColumn } : body.mapping;
  const split = await splitOffThread(ctx, [
    body.content,
    body.format,
    mapping,
    body.defaultDate,
    IMPORT_CHUNK_ROWS,
    MAX_STORED_ERRORS,
    body.source,
    body.dateOrder,
    ctx.clock.now().toISOString(),
  ]);
  const { chunkTexts, total, errors: rowErrors } = split;
  const now = ctx.clock.now();
  const defaultDate = body.defaultDate ? new Date(body.defaultDate) : undefined;
  const warnings = [
    ...(opts.warnings ?? []),
    ...split.warnings,
    ...dateWarnings(split.undated, split.dateColumn, defaultDate, now),
    ...statusWarnings(split.unstated ?? 0, split.statusColumn),
  ];
  const id = ctx.ids.id();
  // Failed until every chunk is held: a crash while storing them leaves nothing to resume.
  await ctx.store.radar.insertImport({
    id,
    user_id: userId,
    format: body.format,
    file_name: body.fileName ?? null,
    source: body.source,
    status: 'failed',
    total,
    processed: split.errorCount,
    added: 0,
    duplicates: 0,
    near_duplicates: 0,
    errors: [...rowErrors, { row: 0, message: 'the upload stopped before the file was stored' }],
    near_rows: [],
    duplicate_rows: [],
    warnings,
    created_at: now,
    finished_at: now,
  });
  // Stored a few chunks per transaction: one commit (PostgreSQL: one WAL flush) per ~2 MB
  // instead of per chunk, while the embedded store's one connection is never held long.
  for (let i = 0; i < chunkTexts.length; i += CHUNKS_PER_STORE) {
    const part = chunkTexts.slice(i, i + CHUNKS_PER_STORE);
    await ctx.store.transaction((tx) => tx.radar.insertImportChunks(id, part, i));
  }
  await ctx.store.radar.updateImport(id, {
    status: 'queued',
    errors: rowErrors,
    finished_at: null,
  });
  if (opts.background && split.rows > SYNC_IMPORT_ROWS) {
    await ctx.jobs.enqueue(IMPORT_QUEUE, { importId: id }, { maxAttempts: 3 });
  } else {
    await runImport(ctx, id, opts.onProgress ? { onProgress: opts.onProgress } : {});
  }
  const row = await ctx.store.radar.findImport(userId, id);
  if (!row) throw new AppError('not_found', 'Import not found');
  return presentImport(row);
}

/**
 * Parses and chunks an upload: a large one in the import worker pool, so the request's thread
 * (and every other request) is not held for the parse; a small one, or when no worker can
 * start, here. Same results either way.
 */
async function splitOffThread(
  ctx: Ctx,
  args: Parameters<typeof splitUpload>,
): Promise<SplitUpload> {
  const split =
    args[0].length > OFF_THREAD_UPLOAD_BYTES ? await splitInWorker(ctx, args) : undefined;
  return split ?? splitUpload(...args);
}

/**
 * Writes a queued or running import to the end: each held chunk is deduplicated and
 * extracted, then written in its own transaction that also deletes the chunk (so a restart
 * resumes after the last committed one, and two runs never write a chunk twice); the next
 * chunk is deduplicated against it (committed or not) while it is written, and between
 * chunks the event loop and the database are free. At the end one small transaction makes
 * the rows visible. On an error the import fails and its rows are removed. Stops between
 * chunks when `ctx.signal` aborts (shutdown), leaving the import to resume at the next start.
 * Returns the final status, or undefined for a missing import.
 */
export async function runImport(
  ctx: Ctx,
  importId: string,
  opts: RunImportOptions = {},
): Promise<ImportRecord['status'] | undefined> {
  const imp = await ctx.store.radar.findImportById(importId);
  if (!imp) return undefined;
  if (imp.status === 'done' || imp.status === 'failed') return imp.status;
  let processed = imp.processed;
  // Fingerprints and extraction in worker threads when they run here (same results). The pool
  // is asked for anew per chunk: a new extraction index mid-import ends the old pool, whose
  // later calls are refused.
  const pool = opts.workers === false ? async () => undefined : () => getImportPool(ctx);
  // Fingerprints of the posts this run wrote: later chunks compare against them unread.
  const known = new Map<string, Uint32Array>();
  const source = imp.source === 'client' ? 'client' : 'import';
  const exactOnly = imp.source === 'client';
  // Near-duplicate candidates from memory when the account holds few enough posts for the rows
  // left (`HELD_POSTS_PER_ROW`, `MAX_HELD_POSTS`): one read of their band keys instead of an
  // index probe per key per chunk. Posts another request stores meanwhile are
  // then not compared (exact duplicates still are, by the unique text hash).
  let heldKeys =
    !exactOnly && opts.holdBandKeys !== false
      ? await ctx.store.radar.holdBandKeys(
          imp.user_id,
          heldPostsLimit(imp.total - processed),
          importId,
        )
      : undefined;
  // Chunks are read one ahead of the one prepared: each read starts that chunk's fingerprints
  // and extraction in the workers.
  let tail = loadChunk(ctx, importId, undefined, pool);
  const read = () => {
    const head = tail;
    tail = head.then((c) => (c ? loadChunk(ctx, importId, c.seq, pool) : undefined));
    tail.catch(() => undefined);
    return head;
  };
  const prepareLoaded = async (chunk: LoadedChunk, pending?: PreparedChunk) => {
    const r = await prepareChunk(ctx, imp.user_id, source, chunk.candidates, {
      importId,
      exactOnly,
      known,
      ...(pending ? { pending: pending.posts } : {}),
      ...(heldKeys ? { held: heldKeys } : {}),
      ...chunk.offThread,
    });
    // The kept posts count as stored for the chunks after (written or about to be).
    heldKeys?.add(r.posts);
    return { held: chunk, r };
  };
  const prepare = async (pending?: PreparedChunk) => {
    const chunk = await read();
    return chunk ? prepareLoaded(chunk, pending) : undefined;
  };
  let next: ReturnType<typeof prepare> | undefined;
  // The file's row of each post this run added (a resumed run knows only its own).
  const rowOfPost = new Map<string, number>();
  try {
    next = prepare();
    for (;;) {
      if (ctx.signal?.aborted) return 'running';
      const current = await next;
      next = undefined;
      if (!current) break;
      const { held, r } = current;
      const { candidates } = held;
      for (const o of r.outcomes) if (o.status === 'added' && o.id) rowOfPost.set(o.id, o.row);
      // A repeat of a row of this file says which row (the file's own numbers, as the
      // person sees them), not only which post; a resumed run, which knows only its own
      // rows, still says the post came from this file.
      const unknownRow = r.outcomes.flatMap((o) =>
        o.status !== 'added' && o.duplicateOf && !rowOfPost.has(o.duplicateOf)
          ? [o.duplicateOf]
          : [],
      );
      const fromFile = await ctx.store.radar.postsOfImport(importId, unknownRow);
      const named = (o: { row: number; duplicateOf?: string | undefined }) => {
        const sameAsRow = o.duplicateOf ? rowOfPost.get(o.duplicateOf) : undefined;
        return {
          row: o.row,
          ...(o.duplicateOf ? { duplicateOf: o.duplicateOf } : {}),
          ...(sameAsRow !== undefined ? { sameAsRow } : {}),
          ...(sameAsRow === undefined && o.duplicateOf && fromFile.has(o.duplicateOf)
            ? { earlierInFile: true as const }
            : {}),
        };
      };
      const nearRows = r.outcomes.flatMap((o) =>
        o.status === 'near_duplicate' && o.duplicateOf
          ? [{ ...named(o), duplicateOf: o.duplicateOf }]
          : [],
      );
      // Serialised before the transaction, so the connection is held only for the writes.
      const staged = ctx.store.radar.stageImportChunk(r.posts, r.skills);
      const writing = ctx.store.transaction((tx) =>
        tx.radar.commitImportChunk(importId, held.seq, staged, {
          processed: candidates.length,
          added: r.added,
          duplicates: r.duplicates,
          nearDuplicates: r.nearDuplicates,
          nearRows,
          duplicateRows: r.outcomes.flatMap((o) => (o.status === 'duplicate' ? [named(o)] : [])),
        }),
      );
      // The next chunk is prepared while this one is written (PostgreSQL: on another
      // connection; embedded: its reads wait for the transaction), with this chunk's posts
      // counted as stored whether or not its transaction has committed yet.
      next = prepare(r);
      next.catch(() => undefined);
      const written = await writing;
      if (written) processed += candidates.length;
      else {
        // Another run wrote this chunk (its rows, other ids): the next one is prepared again
        // against what is stored, and the database is asked from now on (the keys held name
        // posts that were never written).
        heldKeys = undefined;
        for (const p of r.posts) known.delete(p.id);
        const redo = await next;
        for (const p of redo?.r.posts ?? []) known.delete(p.id);
        next = redo ? prepareLoaded(redo.held) : Promise.resolve(undefined);
      }
      opts.onProgress?.(processed, imp.total);
      await yieldToLoop();
    }
    await ctx.store.transaction((tx) => tx.radar.publishImport(importId, ctx.clock.now()));
    return (await ctx.store.radar.findImportById(importId))?.status;
  } catch (e) {
    // A chunk prepared ahead is dropped (its failure, if any, was already handled).
    ctx.log.error('radar import failed', { importId, error: (e as Error).message });
    await failImport(ctx, importId, `the import stopped: ${(e as Error).message}`);
    return 'failed';
  }
}

/** A held chunk, read, with its worker results under way (`offThread`). */
interface LoadedChunk {
  seq: number;
  candidates: PostCandidate[];
  offThread: AddPostsOptions;
}

/**
 * Reads the import's next chunk after `afterSeq` and, with a worker pool, starts its
 * fingerprints and the extraction and occupation coding of every row (the ones dedup keeps
 * are looked up by title, text and given occupation),
 * so that work runs while the chunk before is written.
 */
async function loadChunk(
  ctx: Ctx,
  importId: string,
  afterSeq: number | undefined,
  currentPool: () => Promise<ImportPool | undefined>,
): Promise<LoadedChunk | undefined> {
  const chunk = await ctx.store.radar.nextImportChunk(importId, afterSeq);
  if (!chunk) return undefined;
  const candidates = (JSON.parse(chunk.rows) as HeldCandidate[]).map((c) => ({
    ...c,
    postedAt: c.postedAt ? new Date(c.postedAt) : undefined,
  }));
  const pool = await currentPool();
  if (!pool) return { seq: chunk.seq, candidates, offThread: {} };
  // Later calls go to the current pool (this one may have ended since), else to this one.
  const later = async () => (await currentPool()) ?? pool;
  const fps = pool.fingerprints(candidates.map((c) => c.text));
  const toCode = candidates.map((c) => ({
    title: c.title,
    text: c.text,
    occupation: c.occupation ?? null,
  }));
  const coded = pool.codePosts(toCode);
  // Settled here too, so a chunk dropped by a stop (abort) leaves no unhandled rejection.
  fps.catch(() => undefined);
  coded.catch(() => undefined);
  const byPost = coded.then((f) => new Map(toCode.map((p, i) => [codeKey(p), f[i]!])));
  byPost.catch(() => undefined);
  return {
    seq: chunk.seq,
    candidates,
    offThread: {
      fingerprints: async (texts) =>
        texts.length === candidates.length ? fps : (await later()).fingerprints(texts),
      codePosts: async (posts) => {
        const m = await byPost;
        const missing = posts.filter((p) => !m.has(codeKey(p)));
        if (missing.length) {
          const extra = await (await later()).codePosts(missing);
          for (const [i, p] of missing.entries()) m.set(codeKey(p), extra[i]!);
        }
        return posts.map((p) => m.get(codeKey(p))!);
      },
    },
  };
}

/** What a post's skills and occupation depend on, as one key. */
const codeKey = (p: PostToCode) => `${p.occupation ?? ''}\u0000${p.title}\u0000${p.text}`;

/** Marks an import failed and removes every row it wrote, in short transactions. */
async function failImport(ctx: Ctx, importId: string, message: string): Promise<void> {
  const imp = await ctx.store.radar.findImportById(importId);
  if (!imp || imp.status === 'done') return;
  while ((await ctx.store.transaction((tx) => tx.radar.removeStagedImportRows(importId))) > 0) {
    await yieldToLoop();
  }
  await ctx.store.radar.clearImportStaging(importId);
  const failure: RowError = { row: 0, message };
  await ctx.store.radar.updateImport(importId, {
    status: 'failed',
    added: 0,
    errors: [...((imp.errors as RowError[]) ?? []), failure],
    finished_at: ctx.clock.now(),
  });
}

const ImportJob = z.object({ importId: z.string().min(1) });

/** The import job: writes one import to the end (see `runImport`). */
export async function runImportJob(ctx: Ctx, payload: unknown): Promise<void> {
  const { importId } = ImportJob.parse(payload);
  await runImport(ctx, importId);
}

/**
 * At process start: every import left queued or running (a crash, kill -9, a deploy) is
 * queued again and resumes after its last committed chunk; what a failed upload left held
 * is dropped. Returns the ids queued.
 */
export async function resumeImports(ctx: Ctx): Promise<string[]> {
  await ctx.store.radar.dropFailedImportChunks();
  const ids = await ctx.store.radar.unfinishedImports();
  for (const importId of ids) {
    await ctx.jobs.enqueue(IMPORT_QUEUE, { importId }, { maxAttempts: 3 });
  }
  if (ids.length) ctx.log.info('radar imports resumed', { imports: ids.length });
  return ids;
}
