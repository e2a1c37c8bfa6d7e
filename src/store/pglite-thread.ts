import type { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { startModuleWorker } from '../kernel/index.ts';
import { EMBEDDED_START_PARAMS } from './embedded-settings.ts';

/** What the connection pool needs of an embedded database: queries and closing. */
export interface EmbeddedDb {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
  close(): Promise<void>;
  /** Calls `cb` for every notification, before the answer of the statement that caused it. */
  onNotification(cb: (channel: string, payload: string) => void): void;
}

interface Answer {
  id?: number;
  notify?: { channel: string; payload: string };
  ready?: boolean;
  rows?: unknown[];
  affectedRows?: number;
  error?: Record<string, unknown>;
}

/** An Error carrying the database error's fields (code, detail, constraint…). */
function rebuild(f: Record<string, unknown>): Error {
  const e = new Error(String(f.message ?? 'database error'));
  const { message: _m, stack: _s, ...fields } = f;
  Object.assign(e, fields);
  return e;
}

/**
 * Opens the embedded database in `dataDir` on a worker thread: its statements (WebAssembly,
 * synchronous) then run beside the server's event loop instead of on it, so a long write
 * transaction or query no longer holds up every other request, HTTP parsing and timers
 * included. Rows come back by structured clone (dates, bytes and big integers intact); a
 * failed statement rejects with an Error carrying the database error's fields. The thread
 * keeps the process alive only while a query is outstanding. Undefined when no thread can
 * start here (its module neither bundles nor loads through tsx): the caller then opens the
 * database in this thread.
 */
export async function openPgliteThread(dataDir: string): Promise<EmbeddedDb | undefined> {
  let worker: Worker;
  try {
    worker = await startModuleWorker(new URL('./pglite-thread-worker.ts', import.meta.url), {
      workerData: {
        dataDir,
        startParams: [...PGlite.defaultStartParams, ...EMBEDDED_START_PARAMS],
      },
    });
  } catch {
    return undefined;
  }
  const pending = new Map<number, { resolve(a: Answer): void; reject(e: Error): void }>();
  let nextId = 0;
  let failed: Error | undefined;
  const started = await new Promise<Answer>((resolve) => {
    worker.once('error', (e) => resolve({ ready: false, error: { message: e.message } }));
    worker.once('message', (m: Answer) => resolve(m));
  });
  if (!started.ready) {
    await worker.terminate();
    throw rebuild(started.error ?? { message: 'the embedded database thread did not start' });
  }
  worker.unref();
  const listeners: ((channel: string, payload: string) => void)[] = [];
  worker.on('message', (m: Answer) => {
    if (m.notify) {
      for (const cb of listeners) cb(m.notify.channel, m.notify.payload);
      return;
    }
    const p = pending.get(m.id ?? -1);
    if (!p) return;
    pending.delete(m.id ?? -1);
    if (pending.size === 0) worker.unref();
    p.resolve(m);
  });
  const fail = (e: Error) => {
    failed = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the embedded database thread ended')));
  const call = (op: 'query' | 'close', sql?: string, params?: unknown[]) =>
    new Promise<Answer>((resolve, reject) => {
      if (failed) return reject(failed);
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, sql, params });
    });
  return {
    async query(sql, params) {
      const a = await call('query', sql, params);
      if (a.error) throw rebuild(a.error);
      return { rows: a.rows ?? [], affectedRows: a.affectedRows };
    },
    onNotification(cb) {
      listeners.push(cb);
    },
    async close() {
      const a = await call('close');
      await worker.terminate();
      if (a.error) throw rebuild(a.error);
    },
  };
}
