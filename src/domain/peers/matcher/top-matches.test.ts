import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../radar/index.ts';
import { buildMatchIndex } from './build-match-index.ts';
import { syntheticPeers } from './synthetic-profiles.ts';
import { bruteForceTopMatches, topMatches } from './top-matches.ts';
import type { PeerVector } from './types.ts';

const v = (
  id: string,
  teach: Record<string, number>,
  learn: Record<string, number>,
  niches: string[],
  segments: string[] = [],
  targetRoles: string[] = [],
): PeerVector => ({
  id,
  teach: new Map(Object.entries(teach)),
  learn: new Map(Object.entries(learn)),
  niches,
  segments,
  targetRoles,
});

describe('complementary matching', () => {
  const ana = v('ana', { tableau: 0.9, excel: 0.8 }, { sql: 1 }, ['e-commerce'], ['smb']);
  const ben = v('ben', { sql: 0.9 }, { tableau: 1 }, ['healthcare'], ['enterprise']);
  const cara = v('cara', { sql: 1 }, { tableau: 1 }, ['e-commerce'], ['smb']);
  const dev = v('dev', { sql: 0.4 }, {}, ['travel']);
  const index = buildMatchIndex([ana, ben, cara, dev]);

  it('pairs people who can teach each other, and explains why', () => {
    const [first] = topMatches(index, ana);
    expect(first?.id).toBe('ben');
    expect(first?.reasons.theyTeach.map((r) => r.skillId)).toEqual(['sql']);
    expect(first?.reasons.youTeach.map((r) => r.skillId)).toEqual(['tableau']);
    expect(first?.reasons.sharedNiches).toEqual([]);
  });

  it('does not offer a direct competitor in the same niche and segment, however complementary', () => {
    expect(topMatches(index, ana).map((m) => m.id)).not.toContain('cara');
  });

  it('ranks a two-way exchange above a one-way one', () => {
    const ids = topMatches(index, ana).map((m) => m.id);
    expect(ids.indexOf('ben')).toBeLessThan(ids.indexOf('dev'));
  });

  it('finds exactly what brute force finds on a synthetic population', () => {
    const t = getTaxonomy();
    const people = syntheticPeers(3000, t.roles, t.skills, 7);
    const idx = buildMatchIndex(people);
    for (const q of people.slice(0, 40)) {
      expect(topMatches(idx, q).map((m) => m.id)).toEqual(
        bruteForceTopMatches(people, q).map((m) => m.id),
      );
    }
  });
});
