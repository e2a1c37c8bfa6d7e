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

// Tokens promised to calls still running, per store and user: parallel calls (k samples)
// see each other's reservations, so a daily limit is overshot by at most one call.
const reservations = new WeakMap<object, Map<string, number>>();

/**
 * Throws `llm_limit_exceeded` when `userId` has spent, or promised to running calls, the
 * admin's daily token limit on the instance's model; otherwise reserves `estimate` tokens
 * for this call and returns the function that releases them (call it when the call ends,
 * after its real usage is recorded). A person's own provider is theirs to pay for, so it
 * is not limited.
 */
export async function reserveTokens(
  store: Pick<Store, 'llm'>,
  settings: Pick<ModelSettings, 'via'>,
  userId: string | undefined,
  now: Date,
  estimate: number,
): Promise<() => void> {
  if (!userId || settings.via !== 'instance') return () => {};
  const { tokensPerUserPerDay: limit } = await store.llm.getLimits();
  if (limit === null) return () => {};
  const dayStart = startOfUtcDay(now);
  const used = await store.llm.tokensSince(userId, dayStart, 'instance');
  // No await between this check and the reservation: parallel calls cannot both pass.
  let mine = reservations.get(store.llm);
  if (!mine) {
    mine = new Map();
    reservations.set(store.llm, mine);
  }
  const reserved = mine.get(userId) ?? 0;
  if (used + reserved >= limit) {
    throw new AppError(
      'llm_limit_exceeded',
      `You have used today's model allowance (${limit} tokens)`,
      {
        details: {
          limit,
          used,
          reserved,
          resetsAt: new Date(dayStart.getTime() + 86_400_000).toISOString(),
        },
      },
    );
  }
  mine.set(userId, reserved + estimate);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (mine.get(userId) ?? estimate) - estimate;
    if (left > 0) mine.set(userId, left);
    else mine.delete(userId);
  };
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
