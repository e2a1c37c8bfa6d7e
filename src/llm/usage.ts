import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { Logger } from '../kernel/ports.ts';
import type { Store } from '../store/open-store.ts';
import type { LlmCallRow } from '../store/repos/llm-repo.ts';
import type { ModelSettings } from './providers.ts';

/** Midnight UTC of the day of `d`. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * Throws `llm_limit_exceeded` when `userId` has spent the admin's daily token limit on the
 * instance's model. A person's own provider is theirs to pay for, so it is not limited.
 */
export async function assertWithinLimits(
  store: Pick<Store, 'llm'>,
  settings: Pick<ModelSettings, 'via'>,
  userId: string | undefined,
  now: Date,
): Promise<void> {
  if (!userId || settings.via !== 'instance') return;
  const { tokensPerUserPerDay: limit } = await store.llm.getLimits();
  if (limit === null) return;
  const dayStart = startOfUtcDay(now);
  const used = await store.llm.tokensSince(userId, dayStart, 'instance');
  if (used >= limit) {
    throw new AppError(
      'llm_limit_exceeded',
      `You have used today's model allowance (${limit} tokens)`,
      {
        details: { limit, used, resetsAt: new Date(dayStart.getTime() + 86_400_000).toISOString() },
      },
    );
  }
}

/** One row of the usage/provenance log, before it gets an id. */
export type CallRecord = Omit<LlmCallRow, 'id'>;

/**
 * Writes one call to the usage/provenance log. A failure to log is reported, not thrown:
 * the answer the person waited for is still good.
 */
export async function recordCall(
  store: Pick<Store, 'llm'>,
  log: Logger,
  row: CallRecord,
): Promise<void> {
  try {
    await store.llm.insertCall({ id: randomUUID(), ...row });
  } catch (e) {
    log.warn('could not record model call', { purpose: row.purpose, error: (e as Error).message });
  }
}
