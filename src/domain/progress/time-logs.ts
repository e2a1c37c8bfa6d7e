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
  if (t.targetKind === 'step' && (!skillId || !pathId)) {
    for (const p of await listUserPaths(ctx, userId)) {
      const step = p.steps.find((s) => s.id === t.targetId);
      if (step) {
        pathId ??= p.id;
        skillId ??= step.skillIds[0] ?? null;
      }
    }
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
  const minutes = Math.min(
    MAX_ENTRY_MINUTES,
    Math.max(0, Math.round((now.getTime() - new Date(running.started_at).getTime()) / 60_000)),
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
  const target = await resolveTarget(ctx, userId, input);
  const started = new Date(input.startedAt);
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
  const target = await resolveTarget(ctx, userId, input);
  const row: TimeLogRow = {
    id: ctx.ids.id(),
    user_id: userId,
    ...target,
    source: 'calendar',
    source_ref: `calendar:${input.sessionId}`,
    started_at: started,
    ended_at: ended,
    minutes: Math.min(
      MAX_ENTRY_MINUTES,
      Math.round((ended.getTime() - started.getTime()) / 60_000),
    ),
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
