import type { z } from 'zod';
import { AppError, parseInput } from '../../errors.ts';
import {
  CalendarSessionInput,
  ManualTimeInput,
  StartTimerInput,
  type TimeLog,
} from '../../shared/progress.ts';
import type { TimeLogRow } from '../../store/repos/progress-repo.ts';
import type { Ctx } from '../ctx.ts';
import { listUserPaths } from '../paths/index.ts';
import { getBrief } from '../practice/index.ts';
import { getTaxonomy } from '../radar/index.ts';

/** Longest a single entry may count (a timer forgotten overnight is capped). */
export const MAX_ENTRY_MINUTES = 12 * 60;
/** How far past now an entry may end (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Refuses an entry overlapping one already logged: the same hour is not spent twice (a running
 * timer counts up to now). Throws `conflict` naming the other entry.
 */
async function notOverlapping(
  ctx: Ctx,
  userId: string,
  start: Date,
  end: Date,
  sameRef?: string,
): Promise<void> {
  const now = ctx.clock.now().getTime();
  for (const l of await ctx.store.progress.listTimeLogs(userId)) {
    if (sameRef && l.source_ref === sameRef) continue;
    const a = new Date(l.started_at).getTime();
    const b = l.ended_at ? new Date(l.ended_at).getTime() : now;
    if (a < end.getTime() && b > start.getTime()) {
      const at = new Date(a).toISOString();
      throw new AppError(
        'conflict',
        `This time overlaps an entry you logged from ${at.slice(0, 16).replace('T', ' ')} UTC (${l.minutes} min); change its times or delete the other entry first`,
        { details: { overlaps: presentTimeLog(l) } },
      );
    }
  }
}

/** Refuses an entry ending in the future: time not yet spent is not progress. */
function notInFuture(ctx: Ctx, end: Date): void {
  if (end.getTime() > ctx.clock.now().getTime() + CLOCK_SKEW_MS)
    throw new AppError('invalid_input', 'A time entry cannot end in the future', {
      details: { issues: [{ path: 'startedAt', message: 'ends after now' }] },
    });
}

/** A stored time log as the API shows it. */
export function presentTimeLog(r: TimeLogRow): TimeLog {
  return {
    id: r.id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    skillId: r.skill_id,
    pathId: r.path_id,
    source: r.source,
    startedAt: new Date(r.started_at).toISOString(),
    endedAt: r.ended_at ? new Date(r.ended_at).toISOString() : null,
    minutes: r.minutes,
    note: r.note,
    running: r.ended_at === null,
  };
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  return parseInput(schema, raw, 'The time entry is invalid');
}

type Target = {
  targetKind: TimeLog['targetKind'];
  targetId?: string | undefined;
  skillId?: string | undefined;
  pathId?: string | undefined;
  note: string;
};

/** Resolves what a log is about: a brief gives its skill, a step its path's skill when known. */
async function resolveTarget(ctx: Ctx, userId: string, t: Target) {
  let skillId = t.skillId ?? null;
  let pathId = t.pathId ?? null;
  if (t.targetKind !== 'other' && t.targetKind !== 'skill' && !t.targetId)
    throw new AppError('invalid_input', `A ${t.targetKind} time entry needs targetId`);
  // A path named must be the person's own.
  if (pathId && !(await ctx.store.paths.findPath(userId, pathId)))
    throw new AppError('not_found', 'Path not found');
  if (t.targetKind === 'brief') skillId = (await getBrief(ctx, userId, t.targetId!)).skillId;
  if (t.targetKind === 'skill') skillId = t.targetId ?? skillId;
  // Time on a skill counts towards a path only if the path teaches it.
  if (t.targetKind !== 'step' && pathId && skillId) {
    const path = (await listUserPaths(ctx, userId)).find((p) => p.id === pathId);
    if (path && !path.steps.some((s) => s.skillIds.includes(skillId!)))
      throw new AppError(
        'invalid_input',
        'That path does not teach this skill; log the time without the path',
        {
          details: { issues: [{ path: 'pathId', message: 'the path has no step of this skill' }] },
        },
      );
  }
  if (t.targetKind === 'step') {
    // The step must be in the path named (its current version), or, with no path named, in
    // exactly one of the person's paths: time is never credited to a step that is not there,
    // nor to whichever path happens to share a step id.
    const holding = (await listUserPaths(ctx, userId)).filter(
      (p) => (!pathId || p.id === pathId) && p.steps.some((s) => s.id === t.targetId),
    );
    if (holding.length === 0)
      throw new AppError(
        'not_found',
        pathId
          ? 'Step not found in the current version of that path'
          : 'Step not found in your paths',
      );
    if (holding.length > 1)
      throw new AppError(
        'invalid_input',
        'Several of your paths have this step: name the path (pathId)',
        {
          details: {
            issues: [{ path: 'pathId', message: 'required: the step is in several paths' }],
          },
        },
      );
    const path = holding[0]!;
    pathId = path.id;
    skillId ??= path.steps.find((s) => s.id === t.targetId)?.skillIds[0] ?? null;
  }
  if (skillId && !getTaxonomy().skillById.has(skillId))
    throw new AppError('invalid_input', `Unknown skill "${skillId}"`);
  return {
    target_kind: t.targetKind,
    target_id: t.targetKind === 'skill' ? skillId : (t.targetId ?? null),
    skill_id: skillId,
    path_id: pathId,
    note: t.note,
  };
}

/**
 * Starts a timer on a step, brief or skill. One timer runs per person: throws `conflict`
 * (with the running one in details) when another runs; `not_found` for another's brief.
 */
export async function startTimer(ctx: Ctx, userId: string, raw: unknown): Promise<TimeLog> {
  const input = parse(StartTimerInput, raw);
  const target = await resolveTarget(ctx, userId, input);
  const now = ctx.clock.now();
  const row: TimeLogRow = {
    id: ctx.ids.id(),
    user_id: userId,
    ...target,
    source: 'timer',
    source_ref: null,
    started_at: now,
    ended_at: null,
    minutes: 0,
    created_at: now,
  };
  if (!(await ctx.store.progress.insertTimeLog(row))) {
    const running = await ctx.store.progress.findRunningTimer(userId);
    throw new AppError('conflict', 'A timer is already running; stop it first', {
      details: { running: running ? presentTimeLog(running) : null },
    });
  }
  return presentTimeLog(row);
}

/** Stops the running timer and records its minutes (capped at 12 h). Throws `not_found`. */
export async function stopTimer(ctx: Ctx, userId: string): Promise<TimeLog> {
  const running = await ctx.store.progress.findRunningTimer(userId);
  if (!running) throw new AppError('not_found', 'No timer is running');
  const now = ctx.clock.now();
  // A timer stopped at once still counts its minute (an entry of 0 minutes says nothing).
  const minutes = Math.min(
    MAX_ENTRY_MINUTES,
    Math.max(1, Math.round((now.getTime() - new Date(running.started_at).getTime()) / 60_000)),
  );
  await ctx.store.progress.stopTimeLog(userId, running.id, now, minutes);
  return presentTimeLog({ ...running, ended_at: now, minutes });
}

/** The running timer, if any. */
export async function findRunningTimer(ctx: Ctx, userId: string): Promise<TimeLog | undefined> {
  const r = await ctx.store.progress.findRunningTimer(userId);
  return r ? presentTimeLog(r) : undefined;
}

/** Logs time by hand (start and minutes). Throws `invalid_input`, `not_found`. */
export async function logTime(ctx: Ctx, userId: string, raw: unknown): Promise<TimeLog> {
  const input = parse(ManualTimeInput, raw);
  if (input.minutes > MAX_ENTRY_MINUTES)
    throw new AppError(
      'invalid_input',
      `One entry holds at most ${MAX_ENTRY_MINUTES / 60} h; log a longer day as several entries`,
      { details: { issues: [{ path: 'minutes', message: `at most ${MAX_ENTRY_MINUTES}` }] } },
    );
  const started = new Date(input.startedAt);
  const ends = new Date(started.getTime() + input.minutes * 60_000);
  notInFuture(ctx, ends);
  const target = await resolveTarget(ctx, userId, input);
  await notOverlapping(ctx, userId, started, ends);
  const row: TimeLogRow = {
    id: ctx.ids.id(),
    user_id: userId,
    ...target,
    source: 'manual',
    source_ref: null,
    started_at: started,
    ended_at: new Date(started.getTime() + input.minutes * 60_000),
    minutes: input.minutes,
    created_at: ctx.clock.now(),
  };
  await ctx.store.progress.insertTimeLog(row);
  return presentTimeLog(row);
}

/**
 * Logs a calendar session the person marked done. Idempotent by `sessionId`: marking the same
 * session done twice logs it once. Throws `invalid_input` when it ends before it starts.
 */
export async function logCalendarSession(
  ctx: Ctx,
  userId: string,
  raw: unknown,
): Promise<{ log: TimeLog; created: boolean }> {
  const input = parse(CalendarSessionInput, raw);
  const started = new Date(input.startedAt);
  const ended = new Date(input.endedAt);
  if (ended <= started) throw new AppError('invalid_input', 'The session ends before it starts');
  notInFuture(ctx, ended);
  const target = await resolveTarget(ctx, userId, input);
  await notOverlapping(ctx, userId, started, ended, `calendar:${input.sessionId}`);
  // Capped like a timer, and the end moved with the cap, so minutes and times agree.
  const minutes = Math.min(
    MAX_ENTRY_MINUTES,
    Math.max(1, Math.round((ended.getTime() - started.getTime()) / 60_000)),
  );
  const row: TimeLogRow = {
    id: ctx.ids.id(),
    user_id: userId,
    ...target,
    source: 'calendar',
    source_ref: `calendar:${input.sessionId}`,
    started_at: started,
    ended_at: new Date(Math.min(ended.getTime(), started.getTime() + minutes * 60_000)),
    minutes,
    created_at: ctx.clock.now(),
  };
  if (await ctx.store.progress.insertTimeLog(row))
    return { log: presentTimeLog(row), created: true };
  const existing = (await ctx.store.progress.listTimeLogs(userId)).find(
    (l) => l.source_ref === row.source_ref,
  );
  return { log: presentTimeLog(existing ?? row), created: false };
}

/** The person's time logs in a range, oldest first. */
export async function listTimeLogs(
  ctx: Ctx,
  userId: string,
  range: { from?: Date | undefined; to?: Date | undefined } = {},
): Promise<TimeLog[]> {
  const opts: { from?: Date; to?: Date } = {};
  if (range.from) opts.from = range.from;
  if (range.to) opts.to = range.to;
  return (await ctx.store.progress.listTimeLogs(userId, opts)).map(presentTimeLog);
}

/** Deletes one of the person's time logs. Throws `not_found`. */
export async function deleteTimeLog(ctx: Ctx, userId: string, id: string): Promise<void> {
  if (!(await ctx.store.progress.deleteTimeLog(userId, id)))
    throw new AppError('not_found', 'Time log not found');
}
