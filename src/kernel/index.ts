/**
 * The kernel: what every layer shares (ports, the context shape, transactions, canonical
 * JSON, a seeded generator). It imports nothing of ours; everything else may import it.
 */
export { type CanonicalRules, canonicalJson, sha256Hex } from './canonical-json.ts';
export { inTransaction } from './in-transaction.ts';
export { startModuleWorker } from './module-worker.ts';
export { mulberry32 } from './mulberry32.ts';
export type { Clock, Ids, JobQueue, KernelCtx, Logger, StorePort } from './ports.ts';
