import type { ScaffoldLevel, ScaffoldState } from '../../shared/practice.ts';
import type { ScaffoldRow } from '../../store/repos/practice-repo.ts';
import type { Ctx } from '../ctx.ts';
import { reviewCounts } from './check-review.ts';
import { nextScaffold, type ScaffoldHistory } from './scaffold-rule.ts';

function present(skillId: string, row: ScaffoldRow | undefined): ScaffoldState {
  const level = row?.level ?? 'worked_example';
  const override = row?.override ?? null;
  return {
    skillId,
    level,
    override,
    inUse: override ?? level,
    recentAverages: ((row?.history as ScaffoldHistory) ?? []).map((h) => h.average),
  };
}

/** The scaffolding a person has for a skill (a worked example until results say otherwise). */
export async function getScaffold(
  ctx: Ctx,
  userId: string,
  skillId: string,
): Promise<ScaffoldState> {
  return present(skillId, await ctx.store.practice.findScaffold(userId, skillId));
}

/** The level new briefs of the skill use: the override when set, else the earned level. */
export async function scaffoldInUse(
  ctx: Ctx,
  userId: string,
  skillId: string,
): Promise<ScaffoldLevel> {
  return (await getScaffold(ctx, userId, skillId)).inUse;
}

/** Sets (or clears, with null) the person's override of the scaffolding level for a skill. */
export async function setScaffoldOverride(
  ctx: Ctx,
  userId: string,
  skillId: string,
  override: ScaffoldLevel | null,
): Promise<ScaffoldState> {
  const row = await ctx.store.practice.findScaffold(userId, skillId);
  const next: ScaffoldRow = {
    user_id: userId,
    skill_id: skillId,
    level: row?.level ?? 'worked_example',
    override,
    history: row?.history ?? [],
    updated_at: ctx.clock.now(),
  };
  await ctx.store.practice.upsertScaffold(next);
  return present(skillId, next);
}

/**
 * Recomputes the earned level of a skill from all the person's reviewed briefs of it, oldest
 * first (a brief's result is the mean of its reviews), by replaying the fading rule. Replaying
 * makes a later review of the same brief (model, peer) correct the level instead of counting twice.
 */
export async function refreshScaffold(
  ctx: Ctx,
  userId: string,
  skillId: string,
): Promise<ScaffoldState> {
  const briefs = (await ctx.store.practice.listBriefs(userId, { skillId })).reverse();
  const reviews = await ctx.store.practice.listReviews(userId);
  let level: ScaffoldLevel = 'worked_example';
  let history: ScaffoldHistory = [];
  for (const b of briefs) {
    const avgs = reviews
      .filter((r) => r.brief_id === b.id && reviewCounts(r.scores))
      .map((r) => r.average);
    if (avgs.length === 0) continue;
    const average = Math.round((avgs.reduce((a, x) => a + x, 0) / avgs.length) * 100) / 100;
    const r = nextScaffold(level, [...history, { briefId: b.id, average }]);
    level = r.level;
    history = r.history;
  }
  const row = await ctx.store.practice.findScaffold(userId, skillId);
  const next: ScaffoldRow = {
    user_id: userId,
    skill_id: skillId,
    level,
    override: row?.override ?? null,
    history: history.slice(-5),
    updated_at: ctx.clock.now(),
  };
  await ctx.store.practice.upsertScaffold(next);
  return present(skillId, next);
}
