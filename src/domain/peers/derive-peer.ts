import { Profile } from '../../shared/accounts.ts';
import {
  DEFAULT_FIELD_VISIBILITY,
  type FieldVisibility,
  PEER_FIELDS,
  type PeerField,
  type WeightedSkill,
} from '../../shared/peers.ts';
import type { PeerCandidateRow } from '../../store/repos/peers-repo.ts';
import type { Taxonomy } from '../radar/index.ts';
import type { PeerVector } from './matcher/types.ts';

/** One person as the peers capability sees them: settings, derived teach/learn weights, evidence. */
export interface DerivedPeer {
  userId: string;
  name: string;
  /** A visitor's demo copy: it meets only other demo copies (and members never meet it). */
  demo: boolean;
  optedIn: boolean;
  acceptingQuestions: boolean;
  weeklyQuestionLimit: number;
  domains: string[];
  platforms: string[];
  niches: string[];
  segments: string[];
  wants: string[];
  visibility: Record<PeerField, FieldVisibility>;
  teaches: WeightedSkill[];
  learns: WeightedSkill[];
  /** Verified support per skill: live evidence entries and the best unrevoked credential level. */
  verified: Map<string, { evidence: number; credential: string | null }>;
  /** Everything the matcher knows of this person: what their own matches are computed from. */
  vector: PeerVector;
  /**
   * `vector` as someone in a circle with them (`circle`) or anyone else (`other`) may see it: a
   * field they keep from that viewer is empty. Another person's matches, their competitor
   * check and question routing read only this, so no private field shapes what anyone else
   * is shown (nobody can work one out by trying profiles and watching who appears).
   */
  seenBy: { circle: PeerVector; other: PeerVector };
}

/** Credential levels as teaching weights: a signed credential counts most. */
export const CREDENTIAL_WEIGHT: Record<string, number> = {
  foundational: 0.6,
  working: 0.8,
  advanced: 1,
};
/** A skill counts as teachable from this weight (a self-rated "working" level, or any evidence). */
export const TEACH_THRESHOLD = 0.3;
/** Priority of an explicit want, and of a target role's missing core skill. */
export const WANT_PRIORITY = 1;
export const GOAL_PRIORITY = 0.6;

const round2 = (n: number) => Math.round(n * 100) / 100;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * A skill's teaching weight: evidence and credentials count more than self-ratings —
 * max(selfLevel/5 × 0.5, evidence level), where evidence gives 0.3 + 0.1 per entry (up to 0.7)
 * and a credential 0.6 / 0.8 / 1 by level. Pure.
 */
export function skillWeight(
  selfLevel: number | undefined,
  verified: { evidence: number; credential: string | null } | undefined,
): { weight: number; basis: 'credential' | 'evidence' | 'self' } {
  const self = selfLevel ? (selfLevel / 5) * 0.5 : 0;
  const ev = verified && verified.evidence > 0 ? Math.min(0.7, 0.3 + 0.1 * verified.evidence) : 0;
  const cred = verified?.credential ? (CREDENTIAL_WEIGHT[verified.credential] ?? 0) : 0;
  if (cred > 0 && cred >= ev && cred >= self) return { weight: round2(cred), basis: 'credential' };
  if (ev > 0 && ev >= self) return { weight: round2(ev), basis: 'evidence' };
  return { weight: round2(self), basis: 'self' };
}

/**
 * Derives a person's peer view from their peer settings, account profile (self-rated skills,
 * target roles, domains, platforms) and verified evidence: what they can teach (weight ≥ 0.3),
 * what they want to learn (explicit wants, then target roles' missing core skills). Pure.
 */
export function derivePeer(
  row: PeerCandidateRow,
  verified: Map<string, { evidence: number; credential: string | null }>,
  taxonomy: Taxonomy,
): DerivedPeer {
  const parsed = Profile.safeParse(row.profile_data ?? {});
  const profile = parsed.success ? parsed.data : Profile.parse({});
  const name = (id: string) => taxonomy.skillById.get(id)?.name ?? id;
  const self = new Map(profile.skills.map((s) => [s.skillId, s.level]));
  const teaches: WeightedSkill[] = [];
  for (const skillId of new Set([...self.keys(), ...verified.keys()])) {
    if (!taxonomy.skillById.has(skillId)) continue;
    const { weight, basis } = skillWeight(self.get(skillId), verified.get(skillId));
    if (weight >= TEACH_THRESHOLD) teaches.push({ skillId, name: name(skillId), weight, basis });
  }
  teaches.sort((a, b) => b.weight - a.weight || a.skillId.localeCompare(b.skillId));
  const teachable = new Set(teaches.map((t) => t.skillId));
  const wants = strings(row.wants).filter((s) => taxonomy.skillById.has(s));
  const learns = new Map<string, WeightedSkill>();
  for (const s of wants)
    learns.set(s, { skillId: s, name: name(s), weight: WANT_PRIORITY, basis: 'want' });
  for (const roleId of profile.targetRoles) {
    for (const s of taxonomy.roleById.get(roleId)?.core ?? []) {
      if (!teachable.has(s) && !learns.has(s))
        learns.set(s, { skillId: s, name: name(s), weight: GOAL_PRIORITY, basis: 'goal' });
    }
  }
  const stored = (row.visibility ?? {}) as Partial<Record<PeerField, FieldVisibility>>;
  const visibility = Object.fromEntries(
    PEER_FIELDS.map((f) => [f, stored[f] ?? DEFAULT_FIELD_VISIBILITY[f]]),
  ) as Record<PeerField, FieldVisibility>;
  const niches = strings(row.niches);
  const segments = strings(row.segments);
  const learnList = [...learns.values()];
  const vector: PeerVector = {
    id: row.user_id,
    teach: new Map(teaches.map((t) => [t.skillId, t.weight])),
    learn: new Map(learnList.map((l) => [l.skillId, l.weight])),
    niches,
    segments,
    targetRoles: profile.targetRoles,
  };
  // What they want as someone who may not see their skills sees it: their target roles' skills
  // are "wanted" only where they cannot teach them, so that list would spell out which of the
  // role's skills they hold. Without their skills, only the wants they wrote themselves.
  const explicitLearn = new Map(
    learnList.filter((l) => l.basis === 'want').map((l) => [l.skillId, l.weight]),
  );
  return {
    userId: row.user_id,
    name: row.name,
    demo: row.is_demo === true,
    optedIn: row.opted_in,
    acceptingQuestions: row.accepting_questions,
    weeklyQuestionLimit: row.weekly_question_limit,
    domains: profile.domains,
    platforms: row.platforms === null ? profile.platforms : strings(row.platforms),
    niches,
    segments,
    wants,
    visibility,
    teaches,
    learns: learnList,
    verified,
    vector,
    seenBy: {
      circle: visibleVector(vector, explicitLearn, visibility, 'circle'),
      other: visibleVector(vector, explicitLearn, visibility, 'other'),
    },
  };
}

const NOTHING: ReadonlyMap<string, number> = new Map();

/**
 * A person's match vector as a viewer with `relation` may see it: what they teach only with
 * their skills visible; what they want (and their target roles) only with their wants
 * visible, and then their target roles' missing skills only with their skills visible too
 * (else `explicitLearn`, the wants they wrote); niches and segments only when visible. Pure.
 */
export function visibleVector(
  v: PeerVector,
  explicitLearn: ReadonlyMap<string, number>,
  visibility: Record<PeerField, FieldVisibility>,
  relation: Relation,
): PeerVector {
  const see = (f: PeerField) => canSee(visibility[f], relation);
  return {
    id: v.id,
    teach: see('skills') ? v.teach : NOTHING,
    learn: see('wants') ? (see('skills') ? v.learn : explicitLearn) : NOTHING,
    niches: see('niches') ? v.niches : [],
    segments: see('segments') ? v.segments : [],
    targetRoles: see('wants') ? v.targetRoles : [],
  };
}

/** How a viewer relates to a profile's owner, for per-field visibility. */
export type Relation = 'self' | 'circle' | 'other';

/** True when a field with `visibility` may be shown to a viewer with `relation`. Pure. */
export function canSee(visibility: FieldVisibility, relation: Relation): boolean {
  if (relation === 'self') return true;
  if (visibility === 'public') return true;
  return visibility === 'circle' && relation === 'circle';
}

/** Whether `skillId` has verified support (evidence or a credential), not just a self-rating. */
export function isVerifiedIn(p: DerivedPeer, skillId: string): boolean {
  const v = p.verified.get(skillId);
  return !!v && (v.evidence > 0 || v.credential !== null);
}
