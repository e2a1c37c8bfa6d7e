import { parseInput } from '../../../errors.ts';
import { TrendsQuery, type TrendsResult } from '../../../shared/radar.ts';
import { type Ctx, inTransaction } from '../../ctx.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { getSkillIndex, skillName } from '../get-skill-index.ts';
import { cachedInsight } from './cached-insight.ts';
import { loadDemand, MARKET_SOURCES } from './load-demand.ts';
import { classifyTrend } from './trend-stats.ts';

/** The domain of a skill id: the authored category's domain, else the import source. */
export function domainOf(skillId: string): string {
  const s = getTaxonomy().skillById.get(skillId);
  if (s) return s.category.split('/')[0] ?? 'general';
  return skillId.split(':')[0]?.replace(/-.*$/, '') || 'imported';
}

/**
 * How role demand is counted, for the reader: the first match is an estimate (the ESCO coder's
 * first choice was the labelled occupation for 50.8 % of the 183 real job ads of hahu_dev, and
 * among its first three for 65.6 %: `npm run eval`, coder `esco-semantic-1`).
 */
export const OCCUPATION_METHOD =
  'Each post counts under one occupation: the ESCO code its import file gave, else the occupation (before ESCO is imported, the Skilltrace role) closest to its title and description. The closest match is an estimate: on real job ads it was the labelled occupation for about half of them (two thirds within its first three), so read role demand as a direction, not a head count.';

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Per store: the taxonomy version its skill-domain map was checked against, and that check. */
const synced = new WeakMap<object, { version: string; done: Promise<void> }>();

/**
 * Makes the database's skill-domain map (what the per-domain post counts of the read model
 * are counted by) the shipped taxonomy's, recounting when it differs: once per process, store
 * and taxonomy version (a failure is tried again on the next call).
 */
export function ensureSkillDomains(ctx: Ctx): Promise<void> {
  const t = getTaxonomy();
  const held = synced.get(ctx.store);
  if (held?.version === t.version) return held.done;
  const domains = t.skills.map((s): [string, string] => [s.id, domainOf(s.id)]);
  const done = inTransaction(ctx, (tx) =>
    tx.store.radar.syncSkillDomains(`taxonomy:${t.version}`, domains),
  ).then(() => undefined);
  synced.set(ctx.store, { version: t.version, done });
  done.catch(() => {
    if (synced.get(ctx.store)?.done === done) synced.delete(ctx.store);
  });
  return done;
}

/**
 * Market demand per skill and per domain over monthly buckets: counts, share of posts,
 * growth of the last 3 months against the 3 before, and rising / falling skills that pass
 * the evidence threshold (≥ `minPosts` mentions in those 6 months) and a two-proportion
 * z-test. Own client requests are not market data and are left out. `limit`/`offset` page
 * the skills (rising and falling still name every qualifying skill).
 * Throws `invalid_input` for bad query values.
 */
export async function getTrends(
  ctx: Ctx,
  userId: string,
  query: unknown = {},
): Promise<TrendsResult> {
  return cachedInsight(ctx, userId, `trends:${JSON.stringify(query ?? {})}`, () =>
    computeTrends(ctx, userId, query),
  );
}

async function computeTrends(ctx: Ctx, userId: string, query: unknown): Promise<TrendsResult> {
  const parsed = parseInput(TrendsQuery, query, 'Invalid trends query');
  const { domain, months, minPosts, limit, offset } = parsed;
  const demand = await loadDemand(ctx, userId, months);
  const index = await getSkillIndex(ctx);
  const totals = demand.postsPerMonth;
  const point = (series: number[]) =>
    series.map((count, i) => ({
      month: demand.months[i] ?? '',
      count,
      share: totals[i] ? round(count / (totals[i] ?? 1)) : 0,
    }));

  const skills: TrendsResult['skills'] = [];
  for (const [skillId, series] of demand.skillSeries) {
    const d = domainOf(skillId);
    if (domain && d !== domain) continue;
    const stat = classifyTrend(series, totals, minPosts);
    skills.push({
      skillId,
      name: skillName(index, skillId),
      domain: d,
      total: series.reduce((a, b) => a + b, 0),
      series: point(series),
      ...stat,
    });
  }
  skills.sort((a, b) => b.total - a.total || a.skillId.localeCompare(b.skillId));

  const from = new Date(`${demand.months[0]}-01T00:00:00Z`);
  const monthIndex = new Map(demand.months.map((m, i) => [m, i]));
  const facetSeries = async (kind: 'domain' | 'occupation') => {
    const out = new Map<string, number[]>();
    for (const r of await ctx.store.radar.monthlyFacetCounts(userId, MARKET_SOURCES, from, kind)) {
      if (kind === 'domain' && domain && r.facet !== domain) continue;
      const i = monthIndex.get(r.month);
      if (i === undefined) continue;
      const series = out.get(r.facet) ?? demand.months.map(() => 0);
      series[i] = (series[i] ?? 0) + r.n;
      out.set(r.facet, series);
    }
    return out;
  };
  // Posts per domain (each post once however many of its skills are in the domain).
  await ensureSkillDomains(ctx);
  const domainPosts = await facetSeries('domain');
  const domains = [...domainPosts.entries()]
    .map(([d, series]) => {
      const stat = classifyTrend(series, totals, minPosts);
      return {
        domain: d,
        series: point(series),
        recent: stat.recent,
        previous: stat.previous,
        growth: stat.growth,
      };
    })
    .sort((a, b) => b.recent - a.recent || a.domain.localeCompare(b.domain));

  // Role demand from the occupation each post was labelled with when stored (OCCUPATION_METHOD).
  const roleName = new Map(getTaxonomy().roles.map((r) => [`role:${r.id}`, r.name]));
  const occSeries = await facetSeries('occupation');
  const escoCodes = [...occSeries.keys()]
    .filter((o) => o.startsWith('esco:'))
    .map((o) => o.slice(5));
  const escoName =
    escoCodes.length > 0
      ? await ctx.store.radar.importedOccupationNames(escoCodes)
      : new Map<string, string>();
  const occupations = [...occSeries.entries()]
    .map(([occupation, series]) => {
      const stat = classifyTrend(series, totals, minPosts);
      return {
        occupation,
        name:
          roleName.get(occupation) ??
          escoName.get(occupation.slice(5)) ??
          `ESCO ${occupation.replace(/^esco:/, '')}`,
        series: point(series),
        recent: stat.recent,
        previous: stat.previous,
        growth: stat.growth,
      };
    })
    .sort((a, b) => b.recent - a.recent || a.occupation.localeCompare(b.occupation));

  const byZ = (dir: string, sign: number) =>
    skills
      .filter((s) => s.direction === dir)
      .sort((a, b) => sign * (b.z - a.z) || a.skillId.localeCompare(b.skillId))
      .map((s) => s.skillId);
  return {
    months: demand.months,
    postsPerMonth: totals,
    skills: limit === undefined ? skills.slice(offset) : skills.slice(offset, offset + limit),
    totalSkills: skills.length,
    domains,
    occupations,
    occupationMethod: OCCUPATION_METHOD,
    rising: byZ('rising', 1),
    falling: byZ('falling', -1),
    method: `Share of posts in the last 3 months vs the 3 before; rising/falling needs ≥ ${minPosts} mentions in those 6 months, |z| ≥ 1.96 (two-proportion z-test) and a change of at least 20 %.`,
  };
}
