import type { TimeLogRow } from '../../store/repos/progress-repo.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getAvailability, listUserPaths, type PathLike } from '../paths/index.ts';
import { listCertCredentials, practiceResults } from '../practice/index.ts';
import { type EvidenceLike, listIssuedSkills, listUserEvidence } from './list-user-evidence.ts';

/** Everything progress reads about one person, from every capability that has it. */
export interface ProgressData {
  paths: PathLike[];
  evidence: EvidenceLike[];
  logs: TimeLogRow[];
  practice: Awaited<ReturnType<typeof practiceResults>>;
  credentials: Map<string, 'self_reported' | 'verified' | 'issued'>;
  weeklyHours: number;
  learningDays: number;
  busyWeeks: Set<string>;
  /** Busy weeks the paths' availability gives hours for (a week's reduced budget). */
  busyHours: Map<string, number>;
  /** The person's time zone: weeks and days are theirs, not UTC's. */
  timeZone: string;
  unavailable: string[];
}

/**
 * Reads a person's paths, evidence, time logs, practice results and credentials. A capability
 * that is missing (or fails) contributes nothing and is named in `unavailable`.
 */
export async function gatherProgress(
  ctx: Ctx,
  userId: string,
  busyWeeks: string[],
): Promise<ProgressData> {
  const unavailable: string[] = [];
  const safe = async <T>(name: string, fn: () => Promise<T>, empty: T): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      ctx.log.warn('progress: capability failed', { capability: name, error: String(e) });
      unavailable.push(name);
      return empty;
    }
  };
  const profile = await getProfile(ctx, userId);
  // One list of busy weeks: those marked on the progress view and those marked on the paths
  // side ("client crunch, holidays"), which also give that week's hours.
  const availability = await safe('availability', () => getAvailability(ctx, userId), {
    busyWeeks: [],
    calendar: null,
  });
  const busyHours = new Map(availability.busyWeeks.map((w) => [w.weekStart, w.hours] as const));
  return {
    paths: await safe('paths', () => listUserPaths(ctx, userId), []),
    evidence: await safe('evidence', () => listUserEvidence(ctx, userId), []),
    logs: await ctx.store.progress.listTimeLogs(userId),
    practice: await practiceResults(ctx, userId),
    credentials: await credentialsBySkill(ctx, userId, safe),
    weeklyHours: profile.weeklyHours,
    learningDays: Math.max(1, profile.learningDays.length),
    busyWeeks: new Set([...busyWeeks, ...busyHours.keys()]),
    busyHours,
    timeZone: profile.timeZone ?? 'UTC',
    unavailable,
  };
}

async function credentialsBySkill(
  ctx: Ctx,
  userId: string,
  safe: <T>(name: string, fn: () => Promise<T>, empty: T) => Promise<T>,
): Promise<Map<string, 'self_reported' | 'verified' | 'issued'>> {
  const out = new Map<string, 'self_reported' | 'verified' | 'issued'>(
    await listCertCredentials(ctx, userId),
  );
  for (const s of await safe('credentials', () => listIssuedSkills(ctx, userId), new Set<string>()))
    out.set(s, 'issued');
  return out;
}
