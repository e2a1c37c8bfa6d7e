import { mulberry32 } from '../../../kernel/mulberry32.ts';
import type { TaxonomyRole, TaxonomySkill } from '../../radar/index.ts';
import type { PeerVector } from './types.ts';

export const NICHES = [
  'e-commerce',
  'saas',
  'healthcare',
  'fintech',
  'real-estate',
  'education',
  'travel',
  'nonprofit',
  'gaming',
  'legal',
  'food-and-beverage',
  'fitness',
  'crypto',
  'manufacturing',
  'media',
  'hr-tech',
];
export const SEGMENTS = [
  'solo-founders',
  'startups',
  'smb',
  'agencies',
  'enterprise',
  'nonprofits',
  'creators',
];

/**
 * A realistic population for the matching benchmark and tests: each person works in one or two
 * roles of the taxonomy (teaching their core skills at varied verified levels), wants to learn
 * skills of an adjacent role, and serves one or two niches and client segments.
 */
export function syntheticPeers(
  count: number,
  roles: TaxonomyRole[],
  skills: TaxonomySkill[],
  seed = 42,
): PeerVector[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const byDomain = new Map<string, TaxonomyRole[]>();
  for (const r of roles) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r]);
  const related = new Map(skills.map((s) => [s.id, s.related]));
  const out: PeerVector[] = [];
  for (let i = 0; i < count; i++) {
    const role = pick(roles);
    const teach = new Map<string, number>();
    for (const s of role.core)
      if (rnd() < 0.8) teach.set(s, Math.round((0.3 + rnd() * 0.7) * 100) / 100);
    for (const s of role.optional)
      if (rnd() < 0.3) teach.set(s, Math.round((0.2 + rnd() * 0.6) * 100) / 100);
    // Learning goals: an adjacent role (same domain half the time), plus skills related to what they know.
    const nextRole = rnd() < 0.5 ? pick(byDomain.get(role.domain) ?? roles) : pick(roles);
    const learn = new Map<string, number>();
    for (const s of nextRole.core)
      if (!teach.has(s) && rnd() < 0.6) learn.set(s, Math.round((0.5 + rnd() * 0.5) * 100) / 100);
    for (const s of teach.keys()) {
      for (const r of related.get(s) ?? []) if (!teach.has(r) && rnd() < 0.08) learn.set(r, 0.5);
    }
    const niches = [pick(NICHES), ...(rnd() < 0.4 ? [pick(NICHES)] : [])];
    const segments = [pick(SEGMENTS), ...(rnd() < 0.5 ? [pick(SEGMENTS)] : [])];
    out.push({
      id: `p${i.toString().padStart(6, '0')}`,
      teach,
      learn,
      niches,
      segments,
      targetRoles: [nextRole.id],
    });
  }
  return out;
}
