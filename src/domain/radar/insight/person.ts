import { getProfile } from '../../accounts/index.ts';
import type { Ctx } from '../../ctx.ts';
import type { DeliveredSkill } from './load-demand.ts';

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

/** Level at which recent work delivered for clients counts: applied, i.e. working level. */
export const DELIVERED_LEVEL = 3;
/** Delivered work older than this counts one level lower (skills fade without use). */
export const DELIVERED_RECENT_DAYS = 730;

/**
 * Levels with delivered client work as held evidence: a skill named by a client request the
 * person marked delivered counts at least at `DELIVERED_LEVEL` when the newest such request is
 * within `DELIVERED_RECENT_DAYS` of `now`, one level lower when older; declined or undelivered
 * requests count nothing. One function, so trajectories, gap and learn-next agree. Pure.
 */
export function withDelivered(
  levels: ReadonlyMap<string, number>,
  delivered: ReadonlyMap<string, DeliveredSkill>,
  now: Date,
): Map<string, number> {
  const out = new Map(levels);
  const recentFrom = now.getTime() - DELIVERED_RECENT_DAYS * 86_400_000;
  for (const [id, d] of delivered) {
    if (d.count <= 0) continue;
    const level = d.lastAt.getTime() >= recentFrom ? DELIVERED_LEVEL : DELIVERED_LEVEL - 1;
    if ((out.get(id) ?? 0) < level) out.set(id, level);
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
