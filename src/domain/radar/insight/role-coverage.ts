import type { TaxonomyRole } from '../../taxonomy/index.ts';

/** Level a role needs in its core skills and in its optional ones. */
export const REQUIRED_LEVEL = { core: 3, optional: 2 } as const;

/** One skill of a role against the person's levels. */
export interface CoverageItem {
  skillId: string;
  kind: 'core' | 'optional';
  heldLevel: number;
  requiredLevel: number;
  /** Levels still missing (0 when covered). */
  gap: number;
  /** Client requests that named the skill. */
  requested: number;
  /** Held at the level the role needs (delivered client work included in `levels`). */
  covered: boolean;
}

/** How far a person covers one role: what the card, the gap and learn-next all show. */
export interface RoleCoverage {
  roleId: string;
  items: CoverageItem[];
  coreCovered: number;
  coreTotal: number;
  optionalCovered: number;
  optionalTotal: number;
}

/**
 * THE coverage rule of the Radar page: a role skill is covered when the person holds it at
 * the role's required level (core 3, optional 2), counting delivered client work as held
 * (pass levels through `withDelivered`). The role card, the gap table and learn-next all
 * read coverage from here, so they cannot disagree. Pure; throws nothing.
 */
export function roleCoverage(
  role: TaxonomyRole,
  levels: ReadonlyMap<string, number>,
  requested: ReadonlyMap<string, number> = new Map(),
): RoleCoverage {
  const items: CoverageItem[] = [];
  for (const [kind, ids] of [
    ['core', role.core],
    ['optional', role.optional],
  ] as const) {
    for (const skillId of ids) {
      const heldLevel = levels.get(skillId) ?? 0;
      const requiredLevel = REQUIRED_LEVEL[kind];
      const gap = Math.max(0, requiredLevel - heldLevel);
      items.push({
        skillId,
        kind,
        heldLevel,
        requiredLevel,
        gap,
        requested: requested.get(skillId) ?? 0,
        covered: gap === 0,
      });
    }
  }
  const count = (kind: 'core' | 'optional', covered: boolean) =>
    items.filter((i) => i.kind === kind && (!covered || i.covered)).length;
  return {
    roleId: role.id,
    items,
    coreCovered: count('core', true),
    coreTotal: count('core', false),
    optionalCovered: count('optional', true),
    optionalTotal: count('optional', false),
  };
}
