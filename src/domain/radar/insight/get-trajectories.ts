import type { Trajectory } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import type { TaxonomyRole } from '../../taxonomy/index.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { cachedInsight } from './cached-insight.ts';
import { loadDemand } from './load-demand.ts';
import { HELD_LEVEL, loadPerson, withDelivered } from './person.ts';

/** Weight of a core skill and of an optional one in a role's score. */
export const ROLE_WEIGHTS = { core: 1, optional: 0.5 } as const;
/** How much a skill counts: held at working level, or only asked for by clients. */
export const STRENGTH = { held: 1, requested: 0.8 } as const;

/** Scores one role against held levels and client-requested counts. */
export function scoreRole(
  role: TaxonomyRole,
  levels: Map<string, number>,
  requested: Map<string, number>,
): Trajectory {
  const tax = getTaxonomy();
  const name = (id: string) => tax.skillById.get(id)?.name ?? id;
  let got = 0;
  let max = 0;
  const covered: Trajectory['covered'] = [];
  const missingCore: Trajectory['missingCore'] = [];
  let coreCovered = 0;
  let optionalCovered = 0;
  for (const [kind, ids] of [
    ['core', role.core],
    ['optional', role.optional],
  ] as const) {
    for (const id of ids) {
      const w = ROLE_WEIGHTS[kind];
      max += w;
      const level = levels.get(id) ?? 0;
      const asked = requested.get(id) ?? 0;
      const strength = level >= HELD_LEVEL ? STRENGTH.held : asked > 0 ? STRENGTH.requested : 0;
      got += w * strength;
      if (strength > 0) {
        covered.push({ skillId: id, name: name(id), held: level || null, requested: asked });
        if (kind === 'core') coreCovered += 1;
        else optionalCovered += 1;
      } else if (kind === 'core') {
        missingCore.push({ skillId: id, name: name(id) });
      }
    }
  }
  const heldCore = role.core.filter((id) => (levels.get(id) ?? 0) >= HELD_LEVEL).length;
  const missing = missingCore.map((m) => m.name).join(', ');
  return {
    roleId: role.id,
    name: role.name,
    domain: role.domain,
    score: max ? Math.round((got / max) * 1000) / 1000 : 0,
    coreCovered,
    coreTotal: role.core.length,
    optionalCovered,
    optionalTotal: role.optional.length,
    covered,
    missingCore,
    summary: `${role.name}: ${coreCovered} of ${role.core.length} core skills (${heldCore} held, ${coreCovered - heldCore} asked for by your clients)${missing ? `; missing ${missing}` : ''}`,
  };
}

/**
 * Groups the person's held skills (profile level ≥ 3) and the skills their clients asked
 * for into role trajectories: every taxonomy role scored by weighted overlap (core 1,
 * optional 0.5; held 1, only requested 0.8), roles with no core skill covered left out,
 * best first (ties by id), at most `limit`. Throws nothing of its own.
 */
export async function getTrajectories(ctx: Ctx, userId: string, limit = 5): Promise<Trajectory[]> {
  return cachedInsight(ctx, userId, `trajectories:${limit}`, async () => {
    const person = await loadPerson(ctx, userId);
    const demand = await loadDemand(ctx, userId, 6);
    return rankRoles(withDelivered(person.levels, demand.clientCounts), demand.clientCounts, limit);
  });
}

/** Ranks every taxonomy role for these levels and client requests (pure). */
export function rankRoles(
  levels: Map<string, number>,
  requested: Map<string, number>,
  limit = 5,
): Trajectory[] {
  return getTaxonomy()
    .roles.map((r) => scoreRole(r, levels, requested))
    .filter((t) => t.coreCovered > 0)
    .sort(
      (a, b) =>
        b.score - a.score || b.coreCovered - a.coreCovered || a.roleId.localeCompare(b.roleId),
    )
    .slice(0, limit);
}
