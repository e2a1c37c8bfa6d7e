import type { TaxonomyRole } from '../taxonomy/index.ts';
import type { OccupationIndex } from './extraction/build-occupation-index.ts';
import { jobTitleKeys } from './extraction/job-title-keys.ts';
import { normalizeJobTitle } from './extraction/normalize-job-title.ts';
import { rankOccupations } from './extraction/rank-occupations.ts';
import { skillDistinctiveness } from './insight/get-trajectories.ts';

/** The occupation a post is labelled with: an ESCO occupation, else one of the product's roles. */
export interface OccupationLabel {
  scheme: 'esco' | 'role';
  code: string;
  name: string;
  score: number;
}

/**
 * What codes occupations: ESCO occupations with their skill profiles when the instance has
 * them (`esco`), else the product's roles (`roles`).
 */
export type OccupationCoder =
  | { kind: 'esco'; index: OccupationIndex }
  | { kind: 'roles'; roles: readonly TaxonomyRole[] };

/** Weight of a role-name word found in the title, next to the skill score (0..1). */
const ROLE_TITLE_WEIGHT = 0.5;
/** A role label needs this much evidence (a title word, or two distinctive skills). */
const MIN_ROLE_SCORE = 0.25;

/**
 * The word keys of a title or role name under the radar's morphology, agent and activity
 * together ("Translator", "Translation" → translate), so a title naming the field counts.
 */
const words = (s: string): Set<string> =>
  new Set(jobTitleKeys(s).keys.map((k) => (k.endsWith('#') ? k.slice(0, -1) : k)));

interface RoleProfile {
  /** Skill id → weight: kind (core 1, optional 0.5) × distinctiveness, summed over listings. */
  weights: Map<string, number>;
  total: number;
}
const roleProfileCache = new WeakMap<readonly TaxonomyRole[], Map<TaxonomyRole, RoleProfile>>();

/** Each role's weighted skill profile, built once per role list (a post only looks up its skills). */
function roleProfiles(roles: readonly TaxonomyRole[]): Map<TaxonomyRole, RoleProfile> {
  const hit = roleProfileCache.get(roles);
  if (hit) return hit;
  const distinct = skillDistinctiveness(roles);
  const out = new Map<TaxonomyRole, RoleProfile>();
  for (const role of roles) {
    const weights = new Map<string, number>();
    let total = 0;
    for (const [ids, kind] of [
      [role.core, 1],
      [role.optional, 0.5],
    ] as const) {
      for (const id of ids) {
        const w = kind * (distinct.get(id) ?? 0);
        total += w;
        weights.set(id, (weights.get(id) ?? 0) + w);
      }
    }
    out.set(role, { weights, total });
  }
  roleProfileCache.set(roles, out);
  return out;
}

const roleWordsCache = new WeakMap<TaxonomyRole, string[]>();

/** The word keys of a role's name, normalised like a title; cached per role. */
function roleWords(role: TaxonomyRole): string[] {
  let hit = roleWordsCache.get(role);
  if (!hit) {
    hit = [...words(normalizeJobTitle(role.name).main)];
    roleWordsCache.set(role, hit);
  }
  return hit;
}

/**
 * The best `k` occupations for a post from its title, text and stored skills: with an ESCO
 * coder, `rankOccupations` (normalised title against occupation labels, skill-profile cosine);
 * with the product's roles, each role scores the distinctiveness-weighted share of its skills
 * the post names (core 1, optional 0.5) plus a bonus for the share of the role name's words the
 * normalised title names (`normalizeJobTitle`, same morphology), and roles under the
 * evidence floor are left out. Deterministic; ties break by code.
 */
export function rankPostOccupations(
  coder: OccupationCoder,
  title: string,
  text: string,
  skillIds: readonly string[],
  k: number,
): OccupationLabel[] {
  if (coder.kind === 'esco') {
    return rankOccupations(coder.index, title, text, k).map((o) => ({
      scheme: 'esco',
      code: o.code,
      name: o.name,
      score: o.score,
    }));
  }
  const profiles = roleProfiles(coder.roles);
  const named = new Set(skillIds);
  const titleWords = words(normalizeJobTitle(title).main);
  const out: OccupationLabel[] = [];
  for (const role of coder.roles) {
    const profile = profiles.get(role);
    const total = profile?.total ?? 0;
    let hit = 0;
    if (profile) for (const id of named) hit += profile.weights.get(id) ?? 0;
    const names = roleWords(role);
    const inTitle = names.filter((w) => titleWords.has(w)).length / (names.length || 1);
    const score = (total > 0 ? hit / total : 0) + ROLE_TITLE_WEIGHT * inTitle;
    if (score >= MIN_ROLE_SCORE)
      out.push({ scheme: 'role', code: role.id, name: role.name, score });
  }
  return out
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, k);
}

/**
 * THE occupation label of a post, written with it (and what `npm run eval` scores on
 * hahu_dev): the top of `rankPostOccupations`, or undefined when nothing has the evidence.
 */
export function codeOccupation(
  coder: OccupationCoder,
  title: string,
  text: string,
  skillIds: readonly string[],
): OccupationLabel | undefined {
  return rankPostOccupations(coder, title, text, skillIds, 1)[0];
}

/**
 * The occupation stored with a post (`radar_posts.occupation`): `esco:<code>` when the import
 * gave the row an ESCO code, else the label `codeOccupation` picks with the instance's coder
 * (`getOccupationCoder`: ESCO occupations when imported, `esco:<code>`; else the product's
 * roles, `role:<id>`) from the post's title, text and stored skills, else null. Imports,
 * briefs, client requests, feeds and re-extraction all call it.
 */
export function postOccupation(
  coder: OccupationCoder,
  title: string,
  text: string,
  skillIds: readonly string[],
  escoCode?: string | null,
): string | null {
  if (escoCode) return `esco:${escoCode}`;
  const label = codeOccupation(coder, title, text, skillIds);
  return label ? `${label.scheme}:${label.code}` : null;
}
