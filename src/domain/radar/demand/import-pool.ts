import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../errors.ts';
import { startModuleWorker } from '../../../kernel/index.ts';
import type { Ctx } from '../../ctx.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { IMPORTED_VERSION_KEY } from '../get-skill-index.ts';
import type { CodedPost, PostToCode } from './code-post.ts';
import type { WorkerJob } from './import-worker.ts';
import type { SplitUpload, splitUpload } from './split-upload.ts';
import type { SplitRequest } from './split-worker.ts';
import type { WorkerFailure } from './worker-failure.ts';

/** A post's fingerprint and band keys, as `prepareChunk` needs them. */
export interface Fingerprint {
  fp: Uint32Array;
  bands: string[];
  /** `textHash` of the text, when the worker computed it too. */
  hash?: string;
}
/** A stored skill of a post, as extraction returns it. */
export interface FoundSkill {
  skillId: string;
  name: string;
  confidence: number;
}

/** The CPU work of an import, run by worker threads. */
export interface ImportPool {
  size: number;
  fingerprints(texts: string[]): Promise<Fingerprint[]>;
  extract(texts: string[]): Promise<FoundSkill[][]>;
  /** Extraction and occupation coding of posts (`codePost`), off the main thread. */
  codePosts(posts: PostToCode[]): Promise<CodedPost[]>;
}

/** Idle workers are ended after this long (their extraction index holds memory). */
const IDLE_MS = 30_000;
const IMPORT_WORKER = new URL('./import-worker.ts', import.meta.url);
const SPLIT_WORKER = new URL('./split-worker.ts', import.meta.url);

/**
 * Worker threads for imports: `SKILLTRACE_IMPORT_WORKERS` (config `importWorkers`), else one
 * fewer than the cores (`os.availableParallelism()`; the main thread runs the embedded
 * database), at least 1. 0 turns them off.
 */
export function importWorkerCount(configured?: number): number {
  return configured ?? Math.max(1, availableParallelism() - 1);
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(v: unknown): void; reject(e: Error): void }>;
  /** The thread has ended: nothing posted to it is answered. */
  exited: boolean;
}

/**
 * Starts one worker of `entry` (`startModuleWorker`: the worker's modules bundled once per
 * process) and resolves when it says it is ready.
 */
async function startWorker(entry: URL, workerData?: unknown): Promise<Slot> {
  const worker = await startModuleWorker(entry, { workerData });
  const slot: Slot = { worker, pending: new Map(), exited: false };
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    // A thread that ends (crashed, killed, or ended by us) answers nothing more: the calls
    // waiting on it fail instead of waiting for ever (and a start that never got ready fails).
    worker.once('exit', (code) => {
      slot.exited = true;
      const e = new Error(`the import worker stopped (exit code ${code})`);
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      reject(e);
    });
    worker.on(
      'message',
      (m: { ready?: boolean; id?: number; result?: unknown; error?: WorkerFailure }) => {
        if (m.ready) {
          worker.off('error', reject);
          worker.on('error', (e) => {
            for (const p of slot.pending.values()) p.reject(e);
            slot.pending.clear();
          });
          resolve(slot);
          return;
        }
        const p = slot.pending.get(m.id ?? -1);
        if (!p) return;
        slot.pending.delete(m.id ?? -1);
        const f = m.error;
        if (f)
          p.reject(
            f.code ? new AppError(f.code, f.message, { details: f.details }) : new Error(f.message),
          );
        else p.resolve(m.result);
      },
    );
  });
}

let current:
  | { key: string; pool: Promise<ImportPool | undefined>; close(): void; busy(): boolean }
  | undefined;
let idle: NodeJS.Timeout | undefined;
let nextId = 0;

/**
 * (Re)arms the idle timer: the pool ends 30 s after its last use, never while a call is
 * answered (an import longer than 30 s keeps its workers).
 */
function armIdle(): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => {
    if (current?.busy()) armIdle();
    else closeImportPool();
  }, IDLE_MS);
  idle.unref();
}

/**
 * The import worker pool for the current extraction index (taxonomy and imported entries),
 * started on first use and ended after 30 s idle. Undefined when workers are turned off or
 * cannot start here: callers then do the work in this thread, with the same results.
 */
export async function getImportPool(ctx: Ctx): Promise<ImportPool | undefined> {
  const size = importWorkerCount(ctx.config.importWorkers);
  if (size === 0) return undefined;
  const imported = (await ctx.store.instance.getSetting<string>(IMPORTED_VERSION_KEY)) ?? 'none';
  const key = `${getTaxonomy().version}:${imported}:${size}`;
  armIdle();
  if (current?.key === key) return current.pool;
  closeImportPool();
  const slots: Slot[] = [];
  let closed = false;
  // A closed pool's workers end once the calls they are answering are answered.
  const endIdleSlots = () => {
    for (const s of slots) if (s.pending.size === 0) void s.worker.terminate();
  };
  const pool = (async () => {
    try {
      const rows = await ctx.store.radar.listImportedSkills();
      const occupations = await ctx.store.radar.listImportedOccupations();
      for (let i = 0; i < size; i++)
        slots.push(await startWorker(IMPORT_WORKER, { imported: rows, occupations }));
      for (const s of slots) {
        s.worker.unref();
        // A worker that ends unasked ends the pool: the next call starts a new one.
        s.worker.once('exit', () => {
          if (!closed && current?.pool === pool) closeImportPool();
        });
      }
      // Ended while starting (a newer index): the workers started after the end go too.
      if (closed) {
        endIdleSlots();
        return undefined;
      }
    } catch (e) {
      ctx.log.warn('import workers unavailable; working in the main thread', {
        error: (e as Error).message,
      });
      for (const s of slots) void s.worker.terminate();
      return undefined;
    }
    let turn = 0;
    const call = <T>(slot: Slot, req: WorkerJob) =>
      new Promise<T>((resolve, reject) => {
        if (closed || slot.exited) {
          reject(
            new Error(
              slot.exited
                ? 'the import worker stopped'
                : 'the import workers were ended (a new extraction index)',
            ),
          );
          return;
        }
        if (current?.pool === pool) armIdle();
        const id = nextId++;
        const settled = () => {
          if (closed) endIdleSlots();
        };
        slot.pending.set(id, {
          resolve: (v) => {
            resolve(v as T);
            settled();
          },
          reject: (e) => {
            reject(e);
            settled();
          },
        });
        slot.worker.postMessage({ ...req, id });
      });
    // Splits a batch across the workers and puts the answers back in order.
    const spread = async <I, T>(items: I[], job: (part: I[]) => WorkerJob): Promise<T[]> => {
      const per = Math.ceil(items.length / slots.length) || 1;
      const parts: Promise<T[]>[] = [];
      for (let i = 0; i < items.length; i += per) {
        const slot = slots[turn++ % slots.length]!;
        parts.push(call<T[]>(slot, job(items.slice(i, i + per))));
      }
      return (await Promise.all(parts)).flat();
    };
    return {
      size: slots.length,
      fingerprints: (texts) =>
        spread<string, Fingerprint>(texts, (part) => ({ kind: 'fingerprint', texts: part })),
      extract: (texts) =>
        spread<string, FoundSkill[]>(texts, (part) => ({ kind: 'extract', texts: part })),
      codePosts: (posts) =>
        spread<PostToCode, CodedPost>(posts, (part) => ({ kind: 'code', posts: part })),
    } satisfies ImportPool;
  })();
  current = {
    key,
    pool,
    close: () => {
      closed = true;
      endIdleSlots();
    },
    busy: () => slots.some((s) => s.pending.size > 0),
  };
  return pool;
}

/**
 * Ends the workers (idle, shutdown, or a new extraction index): at once when idle, else as
 * soon as they have answered the calls under way; later calls on the ended pool fail.
 */
export function closeImportPool(): void {
  current?.close();
  current = undefined;
  if (splitter) endSplitWorker(splitter);
}

/** The upload worker (`split-worker.ts`), started on first need and ended after 30 s idle. */
let splitter: { slot: Promise<Slot | undefined>; idle?: NodeJS.Timeout } | undefined;

function splitSlot(ctx: Ctx): Promise<Slot | undefined> {
  if (!splitter) {
    const slot = startWorker(SPLIT_WORKER).then(
      (s) => {
        s.worker.unref();
        // A worker that died is started anew by the next upload.
        s.worker.once('exit', () => {
          if (splitter?.slot === slot) splitter = undefined;
        });
        return s;
      },
      (e: Error) => {
        ctx.log.warn('upload worker unavailable; splitting in the main thread', {
          error: e.message,
        });
        splitter = undefined;
        return undefined;
      },
    );
    splitter = { slot };
  }
  const current = splitter;
  if (current.idle) clearTimeout(current.idle);
  current.idle = setTimeout(() => endSplitWorker(current), IDLE_MS);
  current.idle.unref();
  return current.slot;
}

function endSplitWorker(which: NonNullable<typeof splitter>): void {
  void which.slot.then((s) => {
    // Not while an upload is split (a split longer than 30 s keeps it).
    if (s && s.pending.size > 0) {
      which.idle = setTimeout(() => endSplitWorker(which), IDLE_MS);
      which.idle.unref();
      return;
    }
    if (splitter === which) splitter = undefined;
    void s?.worker.terminate();
  });
}

/**
 * Starts the upload worker and the import workers for an upload about to be split, so neither
 * waits for the other (the workers build their extraction index while the upload is split).
 * Nothing when workers are turned off.
 */
export function warmImportWorkers(ctx: Ctx): void {
  if (importWorkerCount(ctx.config.importWorkers) === 0) return;
  void splitSlot(ctx);
  getImportPool(ctx).catch(() => undefined);
}

/**
 * `splitUpload` in the upload worker (its AppErrors keep their code), or undefined when workers
 * are turned off or the worker cannot start here (the caller then splits in its own thread,
 * with the same result).
 */
export async function splitInWorker(
  ctx: Ctx,
  args: Parameters<typeof splitUpload>,
): Promise<SplitUpload | undefined> {
  if (importWorkerCount(ctx.config.importWorkers) === 0) return undefined;
  const slot = await splitSlot(ctx);
  if (!slot || slot.exited) return undefined;
  return new Promise<SplitUpload>((resolve, reject) => {
    const id = nextId++;
    slot.pending.set(id, { resolve: (v) => resolve(v as SplitUpload), reject });
    slot.worker.postMessage({ id, kind: 'split', args } satisfies SplitRequest);
  });
}
