/**
 * An import worker thread: builds the product's extraction index once (from the imported
 * ESCO / O*NET rows it is given) and answers fingerprint, extraction and occupation-coding
 * (`code`) requests for chunks,
 * so the CPU work of an import stays off the main thread. See `import-pool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OccupationCoder } from '../code-occupation.ts';
import { prepareExtraction } from '../extraction/extract-skills.ts';
import { buildOccupationCoder, type ImportedOccupationRow } from '../get-occupation-coder.ts';
import {
  buildProductIndex,
  extractStoredSkills,
  type ImportedSkillRow,
} from '../get-skill-index.ts';
import { codePost, type PostToCode, postBody } from './code-post.ts';
import { textPrints } from './fingerprint.ts';
import { workerFailure } from './worker-failure.ts';

/** A job for a worker, and as sent (with the id its answer carries). */
export type WorkerJob =
  | { kind: 'fingerprint' | 'extract'; texts: string[] }
  | { kind: 'code'; posts: PostToCode[] };
export type WorkerRequest = WorkerJob & { id: number };

const port = parentPort;
if (port) {
  const data = workerData as { imported: ImportedSkillRow[]; occupations: ImportedOccupationRow[] };
  // Built as soon as the worker is ready (or on first need): the upload worker splits the file
  // and the main thread stores its chunks meanwhile, so the first chunk finds the index built.
  let built: { index: ReturnType<typeof buildProductIndex>; coder: OccupationCoder } | undefined;
  const tools = () => {
    if (!built) {
      built = {
        index: buildProductIndex(data.imported),
        coder: buildOccupationCoder(data.imported, data.occupations),
      };
      // Its lazily built tables too, before the first chunk arrives (see `prepareExtraction`).
      prepareExtraction(built.index);
    }
    return built;
  };
  port.on('message', (req: WorkerRequest) => {
    try {
      if (req.kind === 'fingerprint') {
        const prints = req.texts.map((t) => textPrints(t));
        port.postMessage(
          { id: req.id, result: prints },
          prints.map((p) => p.fp.buffer as ArrayBuffer),
        );
      } else if (req.kind === 'code') {
        const { index, coder } = tools();
        const result = req.posts.map((p) =>
          codePost(p, extractStoredSkills(index, postBody(p.title, p.text)), coder),
        );
        port.postMessage({ id: req.id, result });
      } else {
        const { index } = tools();
        const result = req.texts.map((t) =>
          extractStoredSkills(index, t).map((s) => ({
            skillId: s.skillId,
            name: s.name,
            confidence: s.confidence,
          })),
        );
        port.postMessage({ id: req.id, result });
      }
    } catch (e) {
      port.postMessage({ id: req.id, error: workerFailure(e) });
    }
  });
  port.postMessage({ ready: true });
  setImmediate(tools);
}
