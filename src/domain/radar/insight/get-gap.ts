import { AppError } from '../../../errors.ts';
import type { GapResult } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { cachedInsight } from './cached-insight.ts';
import { rankRoles } from './get-trajectories.ts';
import { loadDemand } from './load-demand.ts';
import { hoursToLearn, lastN, loadPerson, withDelivered } from './person.ts';

/** Level a role needs in its core skills and in its optional ones. */
export const REQUIRED_LEVEL = { core: 3, optional: 2 } as const;

/**
 * Gap analysis against a target role: the `role` asked for, else the profile's first target
 * role, else the best trajectory. Per core and optional skill: held and required level,
 * market demand (last 6 months) and client requests, and hours to learn (taxonomy
 * hoursToWorking minus progress). Throws `not_found` for an unknown role and
 * `invalid_input` when no role is given and none can be suggested.
 */
export async function getGap(ctx: Ctx, userId: string, role?: string): Promise<GapResult> {
  return cachedInsight(ctx, userId, `gap:${role ?? ''}`, () => computeGap(ctx, userId, role));
}

async function computeGap(ctx: Ctx, userId: string, role?: string): Promise<GapResult> {
  const tax = getTaxonomy();
  const profile = await loadPerson(ctx, userId);
  const demand = await loadDemand(ctx, userId, 6);
  const person = { ...profile, levels: withDelivered(profile.levels, demand.clientCounts) };
  let chosenBy: GapResult['chosenBy'] = 'query';
  let roleId = role;
  if (!roleId && person.targetRoles[0]) {
    roleId = person.targetRoles[0];
    chosenBy = 'profile';
  }
  if (!roleId) {
    roleId = rankRoles(person.levels, demand.clientCounts, 1)[0]?.roleId;
    chosenBy = 'trajectory';
  }
  if (!roleId) {
    throw new AppError(
      'invalid_input',
      'Choose a target role (role=…) or add skills to your profile first',
    );
  }
  const r = tax.roleById.get(roleId);
  if (!r) throw new AppError('not_found', `Unknown role "${roleId}"`);
  const windowPosts = lastN(demand.postsPerMonth, 6);
  const items: GapResult['items'] = [];
  for (const [kind, ids] of [
    ['core', r.core],
    ['optional', r.optional],
  ] as const) {
    for (const id of ids) {
      const s = tax.skillById.get(id);
      const heldLevel = person.levels.get(id) ?? 0;
      const requiredLevel = REQUIRED_LEVEL[kind];
      const marketPosts = lastN(demand.skillSeries.get(id), 6);
      const hoursToWorking = s?.hoursToWorking ?? 0;
      items.push({
        skillId: id,
        name: s?.name ?? id,
        kind,
        heldLevel,
        requiredLevel,
        gap: Math.max(0, requiredLevel - heldLevel),
        marketPosts,
        marketShare: windowPosts ? Math.round((marketPosts / windowPosts) * 10000) / 10000 : 0,
        clientRequests: demand.clientCounts.get(id) ?? 0,
        hoursToWorking,
        hoursToLearn: heldLevel >= requiredLevel ? 0 : hoursToLearn(hoursToWorking, heldLevel),
      });
    }
  }
  items.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'core' ? -1 : 1) ||
      Number(b.gap > 0) - Number(a.gap > 0) ||
      b.marketPosts + b.clientRequests - (a.marketPosts + a.clientRequests) ||
      a.skillId.localeCompare(b.skillId),
  );
  const core = items.filter((i) => i.kind === 'core');
  return {
    role: { id: r.id, name: r.name, domain: r.domain },
    chosenBy,
    coreReady: core.filter((i) => i.gap === 0).length,
    coreTotal: core.length,
    hoursToRole: core.reduce((a, i) => a + i.hoursToLearn, 0),
    items,
  };
}
