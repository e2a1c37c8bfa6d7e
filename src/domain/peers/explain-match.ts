import type { PeerMatch, PeerPerson } from '../../shared/peers.ts';
import { canSee, type DerivedPeer, type Relation } from './derive-peer.ts';
import type { Match } from './matcher/types.ts';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Another person's profile as `relation` may see it: fields they keep from you are absent. Pure. */
export function visiblePerson(other: DerivedPeer, relation: Relation): PeerPerson {
  const see = (f: keyof DerivedPeer['visibility']) => canSee(other.visibility[f], relation);
  return {
    userId: other.userId,
    name: other.name,
    ...(see('skills') ? { teaches: other.teaches } : {}),
    // Their target roles' missing skills would spell out which of the role's skills they
    // hold: shown only with their skills (see `visibleVector`).
    ...(see('wants')
      ? { wants: see('skills') ? other.learns : other.learns.filter((l) => l.basis === 'want') }
      : {}),
    ...(see('domains') ? { domains: other.domains } : {}),
    ...(see('niches') ? { niches: other.niches } : {}),
    ...(see('segments') ? { segments: other.segments } : {}),
    ...(see('platforms') ? { platforms: other.platforms } : {}),
  };
}

/**
 * Explains a match in plain sentences, using only what the other person lets you see (the
 * match itself was scored on no more than that; see `listMatches`): their private fields
 * never appear in the explanation or the returned profile. Pure.
 */
export function explainMatch(
  me: DerivedPeer,
  other: DerivedPeer,
  m: Match,
  relation: Relation,
): PeerMatch {
  const see = (f: keyof DerivedPeer['visibility']) => canSee(other.visibility[f], relation);
  const skillName = new Map(
    [...me.teaches, ...me.learns, ...other.teaches, ...other.learns].map((s) => [
      s.skillId,
      s.name,
    ]),
  );
  const named = (xs: { skillId: string }[]) =>
    xs.map((x) => ({ skillId: x.skillId, name: skillName.get(x.skillId) ?? x.skillId }));
  // "You teach them" reveals what they want; "they teach you" reveals what they know.
  const youTeach = see('wants') ? named(m.reasons.youTeach) : [];
  const theyTeach = see('skills') ? named(m.reasons.theyTeach) : [];
  const reasons: string[] = [];
  const parts: string[] = [];
  if (youTeach.length) {
    const n = list(youTeach.slice(0, 3).map((s) => s.name));
    reasons.push(`You know ${n}, which they want to learn.`);
    parts.push(`you know ${n}, they want ${youTeach.length > 1 ? 'them' : 'it'}`);
  }
  if (theyTeach.length) {
    const n = list(theyTeach.slice(0, 3).map((s) => s.name));
    reasons.push(`They know ${n}, which you want to learn.`);
    parts.push(`they know ${n}, you want ${theyTeach.length > 1 ? 'them' : 'it'}`);
  }
  if (see('segments') && me.segments.length && other.segments.length) {
    if (m.reasons.sharedSegments.length === 0) {
      reasons.push('You serve different client segments.');
      parts.push('you serve different client segments');
    } else {
      // "In different niches" only when theirs are shown and none is yours: a niche kept from
      // you may well be yours.
      const apart =
        see('niches') &&
        me.niches.length > 0 &&
        other.niches.length > 0 &&
        m.reasons.sharedNiches.length === 0;
      const both = `You both serve ${list(m.reasons.sharedSegments)} clients`;
      reasons.push(apart ? `${both}, in different niches.` : `${both}.`);
      parts.push(
        `you both serve ${list(m.reasons.sharedSegments)}${apart ? ', in different niches' : ''}`,
      );
    }
  }
  if (
    see('niches') &&
    me.niches.length &&
    other.niches.length &&
    m.reasons.sharedNiches.length === 0
  ) {
    reasons.push(
      `You work in different niches (you: ${list(me.niches)}; they: ${list(other.niches)}).`,
    );
    parts.push('you work in different niches');
  }
  if (see('wants') && m.reasons.sharedRoles.length) {
    reasons.push('You are heading towards the same role, so you can compare notes.');
  }
  if (!reasons.length)
    reasons.push(
      'They keep their details private; the match comes from what you can teach each other.',
    );
  const summary = parts.length
    ? parts.join('; ').replace(/^./, (c) => c.toUpperCase())
    : reasons[0]!;
  // The numbers say no more than the fields you may see: a part drawn from a private field is
  // 0, and the overall score is coarse (one decimal), so changing your own profile and asking
  // again does not read their private skills, wants, niches or segments out of the numbers.
  return {
    person: visiblePerson(other, relation),
    score: Math.round(m.score * 10) / 10,
    competition: see('niches') && see('segments') ? round3(m.competition) : 0,
    complement: {
      theyTeachYou: see('skills') ? round3(m.complement.theyTeachYou) : 0,
      youTeachThem: see('wants') ? round3(m.complement.youTeachThem) : 0,
    },
    reasons,
    summary,
    theyTeach,
    youTeach,
  };
}
