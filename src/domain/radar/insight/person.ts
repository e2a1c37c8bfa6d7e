import { getProfile } from '../../accounts/index.ts';
import type { Ctx } from '../../ctx.ts';

/** Level at which a profile skill counts as held (1 aware … 3 working … 5 expert). */
export const HELD_LEVEL = 3;

/** Share of the way to working level that a self-rated level represents. */
export const LEVEL_PROGRESS = [0, 0.15, 0.4, 1, 1, 1] as const;

/** The person's skill levels and target roles, from their profile. */
export interface Person {
  levels: Map<string, number>;
  targetRoles: string[];
}

/** Reads the profile of `userId` (an empty one when none is saved). */
export async function loadPerson(ctx: Ctx, userId: string): Promise<Person> {
  const profile = await getProfile(ctx, userId);
  return {
    levels: new Map(profile.skills.map((s) => [s.skillId, s.level])),
    targetRoles: profile.targetRoles,
  };
}

/** Level at which work delivered for clients counts: applied, i.e. working level. */
export const DELIVERED_LEVEL = 3;

/**
 * Levels with client history as held evidence: a skill the person delivered for clients (a
 * stored client request naming it) counts at least at `DELIVERED_LEVEL`, whatever the profile
 * says. One function, so trajectories, gap and learn-next agree. Pure; throws nothing.
 */
export function withDelivered(
  levels: ReadonlyMap<string, number>,
  delivered: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(levels);
  for (const [id, n] of delivered) {
    if (n > 0 && (out.get(id) ?? 0) < DELIVERED_LEVEL) out.set(id, DELIVERED_LEVEL);
  }
  return out;
}

/** Hours still needed to reach working level from `level` (rounded up). */
export function hoursToLearn(hoursToWorking: number, level: number): number {
  const progress = LEVEL_PROGRESS[Math.max(0, Math.min(5, level))] ?? 0;
  return Math.ceil(hoursToWorking * (1 - progress));
}

/** Sum of the last `n` values of a series. */
export function lastN(series: number[] | undefined, n: number): number {
  if (!series) return 0;
  return series.slice(Math.max(0, series.length - n)).reduce((a, b) => a + b, 0);
}
