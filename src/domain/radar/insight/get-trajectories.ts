import type { Trajectory } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import type { TaxonomyRole } from '../../taxonomy/index.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { cachedInsight } from './cached-insight.ts';
import { loadDemand } from './load-demand.ts';
import { loadPerson, withDelivered } from './person.ts';
import { roleCoverage } from './role-coverage.ts';

/** Weight of a core skill and of an optional one in a role's score. */
export const ROLE_WEIGHTS = { core: 1, optional: 0.5 } as const;
/** Share of a skill's weight earned below the role's level, per level held (covered earns 1). */
export const PARTIAL_CREDIT = 0.5;
/** A role is a trajectory only with at least this many of its skills covered (one shared tool is not a direction). */
export const MIN_COVERED_SKILLS = 2;
/**
 * …or with one covered core skill that no other role lists (it defines the role: Translation,
 * Bookkeeping, Ghostwriting), delivered for at least this many client requests: a freelancer who
 * translated for two clients is heading for Translator (an unseen set of histories had two
 * translation requests read and three paraphrased ones, "make it work for French shoppers").
 */
export const DEFINING_SKILL_REQUESTS = 2;
/**
 * …or, with no core skill covered, at least this many of its optional skills that are specific
 * (listed by at most `SPECIFIC_SKILL_ROLES` roles): a history of Snowflake and BigQuery work
 * heads for Data Engineer even when no request named its core (an unseen set of histories had
 * five of twelve with no trajectory, each rich in such skills); two shared tools (Jira, Slack)
 * still say nothing.
 */
export const OPTIONAL_ONLY_SKILLS = 2;
export const SPECIFIC_SKILL_ROLES = 3;
/** Client requests cited under a trajectory. */
const SUPPORT_SHOWN = 3;

/** A client request with the skills stored for it (what a trajectory cites). */
export interface SupportingRequest {
  postId: string;
  title: string;
  postedAt: Date;
  skillIds: string[];
}

const distinctivenessCache = new WeakMap<readonly TaxonomyRole[], Map<string, number>>();
const listingCache = new WeakMap<readonly TaxonomyRole[], Map<string, number>>();

/** How many roles list each skill (core or optional). Pure and cached per role list. */
function rolesListing(roles: readonly TaxonomyRole[]): Map<string, number> {
  const hit = listingCache.get(roles);
  if (hit) return hit;
  const df = new Map<string, number>();
  for (const r of roles) {
    for (const id of new Set([...r.core, ...r.optional])) df.set(id, (df.get(id) ?? 0) + 1);
  }
  listingCache.set(roles, df);
  return df;
}

/**
 * How specific each skill is to a role, TF-IDF style over the taxonomy's role profiles:
 * `ln(1 + R / df)` where R is the number of roles and df the roles listing the skill (core or
 * optional). SQL, listed by a dozen roles, weighs about half of Looker Studio, listed by two.
 * Pure and cached per role list.
 */
export function skillDistinctiveness(roles: readonly TaxonomyRole[]): Map<string, number> {
  const hit = distinctivenessCache.get(roles);
  if (hit) return hit;
  const out = new Map<string, number>();
  for (const [id, n] of rolesListing(roles)) out.set(id, Math.log(1 + roles.length / n));
  distinctivenessCache.set(roles, out);
  return out;
}

/**
 * Scores one role against held levels (delivered client work included, see `withDelivered`)
 * and client-requested counts: each role skill weighs its kind (core 1, optional 0.5) times
 * its distinctiveness; a skill covered at the role's level (`roleCoverage`, the rule the gap
 * and learn-next use) earns its weight, one held lower earns `PARTIAL_CREDIT` per level
 * share. `requests` are cited as support.
 */
export function scoreRole(
  role: TaxonomyRole,
  levels: Map<string, number>,
  requested: Map<string, number>,
  requests: readonly SupportingRequest[] = [],
): Trajectory {
  const tax = getTaxonomy();
  const idf = skillDistinctiveness(tax.roles);
  const name = (id: string) => tax.skillById.get(id)?.name ?? id;
  const coverage = roleCoverage(role, levels, requested);
  let got = 0;
  let max = 0;
  const covered: Trajectory['covered'] = [];
  const missingCore: Trajectory['missingCore'] = [];
  for (const it of coverage.items) {
    const w = ROLE_WEIGHTS[it.kind] * (idf.get(it.skillId) ?? 1);
    max += w;
    got += w * (it.covered ? 1 : (PARTIAL_CREDIT * it.heldLevel) / it.requiredLevel);
    if (it.covered) {
      covered.push({
        skillId: it.skillId,
        name: name(it.skillId),
        held: it.heldLevel || null,
        requested: it.requested,
      });
    } else if (it.kind === 'core') {
      missingCore.push({ skillId: it.skillId, name: name(it.skillId) });
    }
  }
  const { coreCovered, coreTotal, optionalCovered, optionalTotal } = coverage;
  const coveredIds = new Set(covered.map((c) => c.skillId));
  const support = requests
    .map((r) => ({ r, hits: r.skillIds.filter((id) => coveredIds.has(id)) }))
    .filter((x) => x.hits.length > 0)
    .sort(
      (a, b) =>
        b.hits.length - a.hits.length ||
        b.r.postedAt.getTime() - a.r.postedAt.getTime() ||
        a.r.postId.localeCompare(b.r.postId),
    );
  const deliveredCore = coverage.items.filter(
    (i) => i.kind === 'core' && i.covered && i.requested > 0,
  ).length;
  const missing = missingCore.map((m) => m.name).join(', ');
  const cited = support.slice(0, SUPPORT_SHOWN);
  const because = cited.length
    ? `; supported by ${support.length} client request${support.length === 1 ? '' : 's'} (${cited
        .map((s) => `"${s.r.title}": ${s.hits.map(name).join(', ')}`)
        .join('; ')})`
    : '';
  return {
    roleId: role.id,
    name: role.name,
    domain: role.domain,
    score: max ? Math.round((got / max) * 1000) / 1000 : 0,
    coreCovered,
    coreTotal,
    optionalCovered,
    optionalTotal,
    covered,
    missingCore,
    evidence: covered.length + covered.reduce((a, c) => a + c.requested, 0),
    support: cited.map((s) => ({
      postId: s.r.postId,
      title: s.r.title,
      postedAt: s.r.postedAt.toISOString(),
      skills: s.hits.map(name),
    })),
    summary: `${role.name}: ${coreCovered} of ${coreTotal} core skills at the level the role needs (${deliveredCore} of them delivered for your clients)${missing ? `; missing ${missing}` : ''}${because}`,
  };
}

/**
 * Groups the person's held skills (at the role's level, delivered client work included) and the
 * skills their clients asked for into role trajectories: every taxonomy role scored by its
 * distinctiveness-weighted coverage (`scoreRole`), roles with fewer than `MIN_COVERED_SKILLS`
 * covered including a core one left out (unless one skill defines the role and clients asked
 * for it `DEFINING_SKILL_REQUESTS` times, or `OPTIONAL_ONLY_SKILLS` covered skills are specific
 * to it), best first (ties by evidence, then id), each citing
 * the client requests behind it, at most `limit`. Throws nothing of its own.
 */
export async function getTrajectories(ctx: Ctx, userId: string, limit = 5): Promise<Trajectory[]> {
  return cachedInsight(ctx, userId, `trajectories:${limit}`, async () => {
    const person = await loadPerson(ctx, userId);
    const demand = await loadDemand(ctx, userId, 6);
    const requests = await deliveredRequests(ctx, userId);
    return rankRoles(
      withDelivered(person.levels, demand.delivered, ctx.clock.now()),
      demand.clientCounts,
      limit,
      requests,
    );
  });
}

/**
 * The person's delivered client requests with their stored skills: what trajectories cite, and
 * what a one-skill trajectory counts. Every caller of `rankRoles` passes these.
 */
export async function deliveredRequests(ctx: Ctx, userId: string): Promise<SupportingRequest[]> {
  return (await ctx.store.radar.clientRequestSkills(userId)).filter(
    (r) => r.delivery === 'delivered',
  );
}

/**
 * Ranks every taxonomy role for these levels, client request counts and delivered requests
 * (`deliveredRequests`), pure.
 */
export function rankRoles(
  levels: Map<string, number>,
  requested: Map<string, number>,
  limit: number,
  requests: readonly SupportingRequest[],
): Trajectory[] {
  const tax = getTaxonomy();
  const listing = rolesListing(tax.roles);
  // Delivered client requests naming each skill (`requests` are the delivered ones).
  const deliveredFor = new Map<string, number>();
  for (const r of requests)
    for (const id of new Set(r.skillIds)) deliveredFor.set(id, (deliveredFor.get(id) ?? 0) + 1);
  // One covered skill is a direction only when it defines the role and clients keep asking.
  const definingSkill = (t: Trajectory): Trajectory['covered'][number] | undefined => {
    const only = t.covered.length === 1 ? t.covered[0] : undefined;
    if (!only || (deliveredFor.get(only.skillId) ?? 0) < DEFINING_SKILL_REQUESTS) return undefined;
    if (listing.get(only.skillId) !== 1) return undefined;
    return tax.roleById.get(t.roleId)?.core.includes(only.skillId) ? only : undefined;
  };
  const out: Trajectory[] = [];
  for (const role of tax.roles) {
    const t = scoreRole(role, levels, requested, requests);
    if (t.coreCovered > 0 && t.covered.length >= MIN_COVERED_SKILLS) {
      out.push(t);
      continue;
    }
    const specific = t.covered.filter((c) => (listing.get(c.skillId) ?? 0) <= SPECIFIC_SKILL_ROLES);
    if (t.coreCovered === 0 && specific.length >= OPTIONAL_ONLY_SKILLS) {
      // Say what a trajectory without a core skill rests on.
      out.push({
        ...t,
        summary: `${t.summary}; no core skill yet: it rests on ${specific.length} skills few other roles list (${specific.map((c) => c.name).join(', ')})`,
      });
      continue;
    }
    const only = definingSkill(t);
    // Say what a one-skill trajectory rests on.
    if (only)
      out.push({
        ...t,
        summary: `${t.summary}; one skill, but no other role lists ${only.name} and ${deliveredFor.get(only.skillId) ?? 0} delivered client requests asked for it`,
      });
  }
  return out
    .sort(
      (a, b) => b.score - a.score || b.evidence - a.evidence || a.roleId.localeCompare(b.roleId),
    )
    .slice(0, limit);
}
