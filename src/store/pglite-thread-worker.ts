/**
 * Worker-thread side of `pglite-thread.ts`: opens the embedded database named in
 * `workerData` and answers the parent's queries one at a time, so statements run on this
 * thread instead of the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { applyFastParsers, queryWithLongParams } from './pglite-codecs.ts';

interface Request {
  id: number;
  op: 'query' | 'close';
  sql?: string;
  params?: unknown[];
}

const port = parentPort;
if (!port) throw new Error('pglite-thread-worker runs only as a worker thread');
const { dataDir, startParams } = workerData as { dataDir: string; startParams: string[] };

/** The fields of a database error worth keeping (code, detail, constraint…), cloneable. */
function failure(e: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { message: e instanceof Error ? e.message : String(e) };
  if (e && typeof e === 'object') {
    for (const [k, v] of Object.entries(e)) {
      if (k === 'params') continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    }
    if (e instanceof Error) out.name = e.name;
  }
  return out;
}

try {
  const db = await PGlite.create({ dataDir, relaxedDurability: false, startParams });
  applyFastParsers(db);
  // Handled during the statement, so posted before its answer: the parent learns of a change
  // before the write that made it returns.
  db.onNotification((channel, payload) => port.postMessage({ notify: { channel, payload } }));
  port.on('message', async (m: Request) => {
    if (m.op === 'close') {
      try {
        await db.close();
        port.postMessage({ id: m.id });
      } catch (e) {
        port.postMessage({ id: m.id, error: failure(e) });
      }
      return;
    }
    try {
      const res = await queryWithLongParams(db, m.sql ?? '', m.params ?? []);
      port.postMessage({ id: m.id, rows: res.rows, affectedRows: res.affectedRows ?? 0 });
    } catch (e) {
      port.postMessage({ id: m.id, error: failure(e) });
    }
  });
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({ ready: false, error: failure(e) });
}
