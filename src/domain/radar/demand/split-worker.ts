/**
 * The upload worker thread: parses, validates and chunks large uploads (`splitUpload`) off the
 * request's thread. Its own small thread, not an import worker, so an upload is split while
 * the import workers build their extraction index (the two overlap on a second core instead of
 * one waiting for the other). See `import-pool.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { splitUpload } from './split-upload.ts';
import { workerFailure } from './worker-failure.ts';

/** A split request as sent (with the id its answer carries). */
export interface SplitRequest {
  id: number;
  kind: 'split';
  args: Parameters<typeof splitUpload>;
}

const port = parentPort;
if (port) {
  port.on('message', (req: SplitRequest) => {
    try {
      port.postMessage({ id: req.id, result: splitUpload(...req.args) });
    } catch (e) {
      port.postMessage({ id: req.id, error: workerFailure(e) });
    }
  });
  port.postMessage({ ready: true });
}
