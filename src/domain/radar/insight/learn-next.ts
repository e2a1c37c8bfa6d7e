import { AppError } from '../../../errors.ts';
import type { LearnNextItem, LearnNextResult } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { cachedInsight } from './cached-insight.ts';
import { deliveredRequests, rankRoles } from './get-trajectories.ts';
import { type Demand, loadDemand } from './load-demand.ts';
import { HELD_LEVEL, hoursToLearn, lastN, loadPerson, withDelivered } from './person.ts';
import { roleCoverage } from './role-coverage.ts';
import { classifyTrend } from './trend-stats.ts';

/** How much each factor weighs; obsolescence risk counts against a skill. */
export const LEARN_NEXT_WEIGHTS = {
  demand: 0.3,
  clients: 0.2,
  gap: 0.25,
  time: 0.1,
  adjacency: 0.15,
  obsolescence: -0.2,
} as const;

type FactorName = keyof typeof LEARN_NEXT_WEIGHTS;
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Inputs of the ranking, so that it can be tested without a database. */
export interface LearnNextInputs {
  levels: Map<string, number>;
  targetRole: string | null;
  demand: Demand;
}

/**
 * Ranks skills to learn next: candidates are the target role's skills, skills seen in the
 * market or asked for by clients, not yet held at working level (`levels` should already count
 * delivered client work, see `withDelivered`, so what the person delivers is never advised). Each gets six factor
 * values in 0..1 (demand, own clients, gap to the target role, time to learn, adjacency to
 * held skills, obsolescence risk), a weighted score, and plain-language reasons with the
 * numbers behind them. Ordered by score, ties by skill id.
 */
export function rankLearnNext(input: LearnNextInputs, limit = 10): LearnNextItem[] {
  const tax = getTaxonomy();
  const { levels, demand } = input;
  const role = input.targetRole ? tax.roleById.get(input.targetRole) : undefined;
  const windowPosts = lastN(demand.postsPerMonth, 6);
  const coverage = role ? roleCoverage(role, levels, demand.clientCounts) : undefined;
  const roleItems = new Map((coverage?.items ?? []).map((i) => [i.skillId, i]));
  const candidates = new Set<string>(roleItems.keys());
  for (const [id, s] of demand.skillSeries) if (lastN(s, 6) > 0) candidates.add(id);
  for (const id of demand.clientCounts.keys()) candidates.add(id);
  // A role skill is learnt until the role's level (the coverage rule the card and gap use);
  // any other skill until working level.
  const ids = [...candidates].filter((id) => {
    if (!tax.skillById.has(id)) return false;
    const item = roleItems.get(id);
    return item ? !item.covered : (levels.get(id) ?? 0) < HELD_LEVEL;
  });
  const maxShare = Math.max(
    1e-9,
    ...ids.map((id) => lastN(demand.skillSeries.get(id), 6) / Math.max(1, windowPosts)),
  );
  const maxClient = Math.max(1, ...ids.map((id) => demand.clientCounts.get(id) ?? 0));
  const heldIds = [...levels.entries()].filter(([, l]) => l >= 2).map(([id]) => id);
  const name = (id: string) => tax.skillById.get(id)?.name ?? id;

  const items = ids.map((id) => {
    const s = tax.skillById.get(id)!;
    const level = levels.get(id) ?? 0;
    const reasons: string[] = [];
    const posts = lastN(demand.skillSeries.get(id), 6);
    const share = windowPosts ? posts / windowPosts : 0;
    const trend = classifyTrend(
      demand.skillSeries.get(id) ?? demand.postsPerMonth.map(() => 0),
      demand.postsPerMonth,
    );
    const clients = demand.clientCounts.get(id) ?? 0;
    const item = roleItems.get(id);
    const kind = item?.kind;
    const required = item?.requiredLevel ?? HELD_LEVEL;
    const hours = hoursToLearn(s.hoursToWorking, level);
    const prereqs = s.prerequisites;
    const prereqsMet = prereqs.filter((p) => (levels.get(p) ?? 0) >= 2);
    const neighbours = heldIds.filter(
      (h) => s.related.includes(h) || (tax.skillById.get(h)?.related.includes(id) ?? false),
    );
    const values: Record<FactorName, number> = {
      // Share of posts relative to the most wanted candidate, plus momentum when rising.
      demand: Math.min(1, 0.75 * (share / maxShare) + (trend.direction === 'rising' ? 0.25 : 0)),
      clients: clients / maxClient,
      gap: item ? (item.kind === 'core' ? 1 : 0.5) * (item.gap / item.requiredLevel) : 0,
      time: 40 / (40 + hours),
      adjacency:
        0.5 * (prereqs.length ? prereqsMet.length / prereqs.length : 1) +
        0.5 * Math.min(1, neighbours.length / 2),
      obsolescence:
        trend.direction === 'falling' ? 1 : trend.growth !== null && trend.growth <= -0.2 ? 0.5 : 0,
    };
    if (posts > 0) {
      reasons.push(
        `Mentioned in ${posts} of ${windowPosts} market posts (${pct(share)}) in the last 6 months${trend.direction === 'rising' ? `, rising (share ${trend.growth === null ? 'new' : `up ${pct(trend.growth)}`} vs the 3 months before, z = ${trend.z})` : ''}.`,
      );
    }
    // "You deliver" only of work delivered; requests declined or not delivered were only asked.
    const delivered = demand.delivered.get(s.id)?.count ?? 0;
    if (delivered > 0 && kind && role)
      reasons.push(
        `You deliver ${s.name} for clients (${delivered} of ${demand.clientTotal} requests); ${role.name} needs it at level ${required}, above your level ${level}.`,
      );
    else if (clients > 0)
      reasons.push(
        `Your clients asked for it in ${clients} of ${demand.clientTotal} requests${delivered === 0 ? ' (none delivered yet)' : ` (${delivered} delivered)`}.`,
      );
    if (kind && role)
      reasons.push(
        `${kind === 'core' ? 'Core' : 'Optional'} skill of ${role.name}: you are at level ${level} of the ${required} needed.`,
      );
    reasons.push(
      `About ${hours} hours to working level${level ? ` from your level ${level}` : ''}.`,
    );
    if (prereqs.length && prereqsMet.length === prereqs.length)
      reasons.push(`You already have its prerequisites (${prereqs.map(name).join(', ')}).`);
    else if (prereqs.length)
      reasons.push(
        `Needs ${prereqs
          .filter((p) => !prereqsMet.includes(p))
          .map(name)
          .join(', ')} first.`,
      );
    if (neighbours.length)
      reasons.push(`Builds on ${neighbours.slice(0, 3).map(name).join(', ')}, which you know.`);
    if (values.obsolescence === 1)
      reasons.push(
        `Demand is falling (share down ${pct(-(trend.growth ?? -1))} vs the 3 months before, z = ${trend.z}): a risk to invest in.`,
      );
    else if (values.obsolescence > 0)
      reasons.push(
        `Demand dipped (share down ${pct(-(trend.growth ?? -1))}, not yet a significant fall, z = ${trend.z}).`,
      );
    const factors = (Object.keys(LEARN_NEXT_WEIGHTS) as FactorName[]).map((f) => ({
      name: f,
      weight: LEARN_NEXT_WEIGHTS[f],
      value: r4(values[f]),
      contribution: r4(LEARN_NEXT_WEIGHTS[f] * values[f]),
    }));
    return {
      rank: 0,
      skillId: id,
      name: s.name,
      score: r4(factors.reduce((a, f) => a + f.contribution, 0)),
      factors,
      reasons,
      numbers: {
        marketPosts: posts,
        marketShare: r4(share),
        clientRequests: clients,
        hoursToLearn: hours,
        heldLevel: level,
        trend: trend.direction,
      },
    };
  });
  items.sort((a, b) => b.score - a.score || a.skillId.localeCompare(b.skillId));
  return items.slice(0, limit).map((it, i) => ({ ...it, rank: i + 1 }));
}

/**
 * The person's "learn next" list against their target role (the `role` given, the profile's
 * first target role, else their best trajectory). Throws `not_found` for an unknown role.
 */
export async function getLearnNext(
  ctx: Ctx,
  userId: string,
  opts: { role?: string | undefined; limit?: number } = {},
): Promise<LearnNextResult> {
  const tax = getTaxonomy();
  if (opts.role && !tax.roleById.has(opts.role))
    throw new AppError('not_found', `Unknown role "${opts.role}"`);
  return cachedInsight(ctx, userId, `learn-next:${opts.role ?? ''}:${opts.limit ?? 10}`, () =>
    computeLearnNext(ctx, userId, opts),
  );
}

async function computeLearnNext(
  ctx: Ctx,
  userId: string,
  opts: { role?: string | undefined; limit?: number },
): Promise<LearnNextResult> {
  const profile = await loadPerson(ctx, userId);
  const demand = await loadDemand(ctx, userId, 12);
  const person = {
    ...profile,
    levels: withDelivered(profile.levels, demand.delivered, ctx.clock.now()),
  };
  let targetRole = opts.role ?? person.targetRoles[0] ?? null;
  if (!targetRole) {
    const requests = await deliveredRequests(ctx, userId);
    targetRole = rankRoles(person.levels, demand.clientCounts, 1, requests)[0]?.roleId ?? null;
  }
  const role = targetRole ? getTaxonomy().roleById.get(targetRole) : undefined;
  const coverage = role ? roleCoverage(role, person.levels, demand.clientCounts) : undefined;
  return {
    targetRole,
    coverage: coverage
      ? {
          roleId: coverage.roleId,
          coreCovered: coverage.coreCovered,
          coreTotal: coverage.coreTotal,
        }
      : null,
    weights: { ...LEARN_NEXT_WEIGHTS },
    items: rankLearnNext({ levels: person.levels, targetRole, demand }, opts.limit ?? 10),
  };
}
