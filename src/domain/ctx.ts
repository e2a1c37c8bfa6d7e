import type { Config } from '../config.ts';
import type { KernelCtx } from '../kernel/ports.ts';
import type { Llm } from '../llm/index.ts';
import type { Store } from '../store/open-store.ts';

export { inTransaction } from '../kernel/in-transaction.ts';
export type { Clock, Ids, JobQueue, Logger } from '../kernel/ports.ts';

/**
 * Everything a use case may touch, passed explicitly: the kernel's context with this
 * application's configuration, store and model. Built only in `src/app.ts` (and test helpers).
 */
export type Ctx = KernelCtx<Config, Store, Llm>;
