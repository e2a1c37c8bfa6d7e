import { AppError } from '../../../errors.ts';
import type { GapResult } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { cachedInsight } from './cached-insight.ts';
import { deliveredRequests, rankRoles } from './get-trajectories.ts';
import { loadDemand } from './load-demand.ts';
import { hoursToLearn, lastN, loadPerson, withDelivered } from './person.ts';
import { roleCoverage } from './role-coverage.ts';

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
  const person = {
    ...profile,
    levels: withDelivered(profile.levels, demand.delivered, ctx.clock.now()),
  };
  let chosenBy: GapResult['chosenBy'] = 'query';
  let roleId = role;
  if (!roleId && person.targetRoles[0]) {
    roleId = person.targetRoles[0];
    chosenBy = 'profile';
  }
  if (!roleId) {
    const requests = await deliveredRequests(ctx, userId);
    roleId = rankRoles(person.levels, demand.clientCounts, 1, requests)[0]?.roleId;
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
  const coverage = roleCoverage(r, person.levels, demand.clientCounts);
  for (const it of coverage.items) {
    const s = tax.skillById.get(it.skillId);
    const marketPosts = lastN(demand.skillSeries.get(it.skillId), 6);
    const hoursToWorking = s?.hoursToWorking ?? 0;
    items.push({
      skillId: it.skillId,
      name: s?.name ?? it.skillId,
      kind: it.kind,
      heldLevel: it.heldLevel,
      requiredLevel: it.requiredLevel,
      gap: it.gap,
      marketPosts,
      marketShare: windowPosts ? Math.round((marketPosts / windowPosts) * 10000) / 10000 : 0,
      clientRequests: it.requested,
      hoursToWorking,
      hoursToLearn: it.covered ? 0 : hoursToLearn(hoursToWorking, it.heldLevel),
    });
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
    coreReady: coverage.coreCovered,
    coreTotal: coverage.coreTotal,
    hoursToRole: core.reduce((a, i) => a + i.hoursToLearn, 0),
    items,
  };
}
