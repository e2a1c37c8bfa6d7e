/**
 * An import worker thread: builds the product's extraction index once (from the imported
 * ESCO / O*NET rows it is given) and answers fingerprint and extraction requests for chunks,
 * so the CPU work of an import stays off the main thread. See `import-pool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  buildProductIndex,
  extractStoredSkills,
  type ImportedSkillRow,
} from '../get-skill-index.ts';
import { bandKeys, fingerprint } from './fingerprint.ts';

export type WorkerRequest =
  | { id: number; kind: 'fingerprint'; texts: string[] }
  | { id: number; kind: 'extract'; texts: string[] };

const port = parentPort;
if (port) {
  const index = buildProductIndex((workerData as { imported: ImportedSkillRow[] }).imported);
  port.on('message', (req: WorkerRequest) => {
    try {
      if (req.kind === 'fingerprint') {
        const fps = req.texts.map((t) => fingerprint(t));
        port.postMessage(
          { id: req.id, result: fps.map((fp) => ({ fp, bands: bandKeys(fp) })) },
          fps.map((fp) => fp.buffer as ArrayBuffer),
        );
      } else {
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
      port.postMessage({ id: req.id, error: (e as Error).message });
    }
  });
  port.postMessage({ ready: true });
}
