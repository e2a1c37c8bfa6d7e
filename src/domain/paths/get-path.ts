import { AppError } from '../../errors.ts';
import type { PathView, Plan, StepFlag } from '../../shared/paths.ts';
import { localDateTime } from '../../shared/time-zone.ts';
import type { PathRow, PathVersionRow } from '../../store/repos/paths-repo.ts';
import type { TimeLogRow } from '../../store/repos/progress-repo.ts';
import type { Ctx } from '../ctx.ts';
import { withOutcome } from '../verify/index.ts';
import { listDoneSteps } from './done-steps.ts';
import { pathNumbers } from './path-numbers.ts';
import type { PlanInputs } from './plan-types.ts';

/** The path row of `userId`; throws `not_found` for another user's or a missing path. */
export async function requirePath(ctx: Ctx, userId: string, pathId: string): Promise<PathRow> {
  const row = await ctx.store.paths.findPath(userId, pathId);
  if (!row) throw new AppError('not_found', 'Path not found');
  return row;
}

/** A stored version and its parsed plan; throws `not_found` when the version does not exist. */
export async function requireVersion(
  ctx: Ctx,
  pathId: string,
  version: number,
): Promise<{ row: PathVersionRow; plan: Plan }> {
  const row = await ctx.store.paths.findVersion(pathId, version);
  if (!row) throw new AppError('not_found', `Version ${version} not found`);
  return { row, plan: JSON.parse(row.plan) as Plan };
}

/**
 * A path with its current (or given) version's plan, the steps ticked done, and live data
 * kept outside the versioned plan: outcome numbers and annotation counts per step, the
 * confidence including outcomes, flags for conflicting annotations, and cited resources whose
 * link status changed since planning. Throws `not_found`.
 */
export async function getPath(
  ctx: Ctx,
  userId: string,
  pathId: string,
  version?: number,
): Promise<PathView> {
  const path = await requirePath(ctx, userId, pathId);
  const { row, plan } = await requireVersion(ctx, pathId, version ?? path.current_version);
  const done = await listDoneSteps(ctx, pathId, plan);
  return presentPath(ctx, path, row, plan, done, true);
}

/** The path's numbers (see `pathNumbers`), reading the owner's time logs. */
export async function numbersOf(
  ctx: Ctx,
  path: Pick<PathRow, 'id' | 'user_id'>,
  inputs: Partial<PlanInputs> | undefined,
  plan: Plan,
  done: ReadonlyMap<string, Date>,
  logs?: readonly Pick<TimeLogRow, 'path_id' | 'minutes'>[],
): Promise<PathView['numbers']> {
  return pathNumbers({
    pathId: path.id,
    plan,
    inputs,
    done,
    logs: logs ?? (await ctx.store.progress.listTimeLogs(path.user_id)),
    today: localDateTime(ctx.clock.now(), inputs?.profile?.timeZone ?? 'UTC').date,
  });
}

/**
 * The API view of a path version from rows already in hand. `checkLinks` compares cited
 * resources with the catalog's current link status (skipped right after planning, when they
 * were just read).
 */
export async function presentPath(
  ctx: Ctx,
  path: PathRow,
  row: Pick<
    PathVersionRow,
    'version' | 'input_hash' | 'plan_hash' | 'reasons' | 'created_at' | 'inputs'
  >,
  plan: Plan,
  done: ReadonlyMap<string, Date>,
  checkLinks: boolean,
): Promise<PathView> {
  const outcomes = await ctx.store.paths.outcomes(plan.steps.map((s) => s.skillId));
  const byskill = new Map(outcomes.map((o) => [o.skillId, o]));
  const stats: PathView['stats'] = {};
  const live: PathView['live'] = {};
  for (const s of plan.steps) {
    const o = byskill.get(s.skillId);
    stats[s.id] = {
      took: o?.took ?? 0,
      completed: o?.completed ?? 0,
      appliedShare: o && o.completed > 0 ? Math.round((o.applied / o.completed) * 100) / 100 : null,
      worked: o?.worked ?? 0,
      didNotWork: o?.didNotWork ?? 0,
    };
    const flags: StepFlag[] = [...s.flags];
    if (
      o &&
      o.worked > 0 &&
      o.didNotWork > 0 &&
      Math.min(o.worked, o.didNotWork) / (o.worked + o.didNotWork) >= 1 / 3
    ) {
      flags.push({
        kind: 'contradiction',
        message: `People who took this step disagree: ${o.worked} say it worked, ${o.didNotWork} say it did not. Read their notes.`,
      });
    }
    live[s.id] = { confidence: withOutcome(s.confidence, o), flags };
  }
  const cited = new Map<string, string>();
  for (const s of plan.steps) for (const r of s.resources) if (r.id) cited.set(r.id, r.linkStatus);
  const now = checkLinks ? await ctx.store.catalog.findLinkStatus([...cited.keys()]) : [];
  const changedResources = now
    .filter((r) => r.link_status !== cited.get(r.id))
    .map((r) => ({
      resourceId: r.id,
      was: cited.get(r.id) as PathView['changedResources'][number]['was'],
      now: r.link_status,
    }))
    .sort((a, b) => (a.resourceId < b.resourceId ? -1 : 1));
  return {
    id: path.id,
    title: path.title,
    currentVersion: path.current_version,
    createdAt: path.created_at.toISOString(),
    updatedAt: path.updated_at.toISOString(),
    version: {
      version: row.version,
      inputHash: row.input_hash,
      planHash: row.plan_hash,
      reasons: row.reasons as string[],
      createdAt: row.created_at.toISOString(),
    },
    plan,
    done: Object.fromEntries([...done].map(([id, at]) => [id, at.toISOString()])),
    stats,
    live,
    changedResources,
    numbers: await numbersOf(ctx, path, row.inputs as Partial<PlanInputs>, plan, done),
  };
}
