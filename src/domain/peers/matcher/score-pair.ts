import type { Match, MatchReason, PeerVector } from './types.ts';

/** How much each kind of overlap counts as competing for the same clients. */
export const COMPETITION_WEIGHTS = { niches: 0.45, segments: 0.35, targetRoles: 0.2 } as const;

function jaccard(a: readonly string[], b: readonly string[]): { value: number; shared: string[] } {
  if (a.length === 0 || b.length === 0) return { value: 0, shared: [] };
  const setB = new Set(b);
  const shared = [...new Set(a)].filter((x) => setB.has(x));
  const union = new Set([...a, ...b]).size;
  return { value: shared.length / union, shared: shared.sort() };
}

/** Competition between two people: weighted Jaccard overlap of niches, client segments and target roles. */
export function competitionOf(a: PeerVector, b: PeerVector) {
  const n = jaccard(a.niches, b.niches);
  const s = jaccard(a.segments, b.segments);
  const r = jaccard(a.targetRoles, b.targetRoles);
  return {
    value:
      COMPETITION_WEIGHTS.niches * n.value +
      COMPETITION_WEIGHTS.segments * s.value +
      COMPETITION_WEIGHTS.targetRoles * r.value,
    shared: { niches: n.shared, segments: s.shared, roles: r.shared },
  };
}

/**
 * The match score from each direction's teaching value and the competition: a good match
 * teaches both ways (the weaker direction counts most) and does not compete for clients.
 */
export function combineScore(
  theyTeachYou: number,
  youTeachThem: number,
  competition: number,
): number {
  const lo = Math.min(theyTeachYou, youTeachThem);
  const hi = Math.max(theyTeachYou, youTeachThem);
  const complement = lo + 0.25 * hi;
  return Math.round(complement * (1 - competition) * 1e6) / 1e6;
}

/** Scores one pair directly (brute force, and explanations for index results). */
export function scorePair(me: PeerVector, other: PeerVector): Match {
  const theyTeach: MatchReason['theyTeach'] = [];
  let theyTeachYou = 0;
  for (const [skillId, priority] of me.learn) {
    const w = other.teach.get(skillId);
    if (w) {
      theyTeachYou += w * priority;
      theyTeach.push({ skillId, weight: w });
    }
  }
  const youTeach: MatchReason['youTeach'] = [];
  let youTeachThem = 0;
  for (const [skillId, priority] of other.learn) {
    const w = me.teach.get(skillId);
    if (w) {
      youTeachThem += w * priority;
      youTeach.push({ skillId, weight: w });
    }
  }
  const comp = competitionOf(me, other);
  const byWeight = (
    a: { skillId: string; weight: number },
    b: { skillId: string; weight: number },
  ) => b.weight - a.weight || a.skillId.localeCompare(b.skillId);
  return {
    id: other.id,
    score: combineScore(theyTeachYou, youTeachThem, comp.value),
    complement: { theyTeachYou, youTeachThem },
    competition: comp.value,
    reasons: {
      theyTeach: theyTeach.sort(byWeight),
      youTeach: youTeach.sort(byWeight),
      sharedNiches: comp.shared.niches,
      sharedSegments: comp.shared.segments,
      sharedRoles: comp.shared.roles,
    },
  };
}
