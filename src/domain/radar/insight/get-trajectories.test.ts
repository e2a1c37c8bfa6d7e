import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../taxonomy/index.ts';
import {
  MIN_COVERED_SKILLS,
  rankRoles,
  SPECIFIC_SKILL_ROLES,
  skillDistinctiveness,
} from './get-trajectories.ts';
import { withDelivered } from './person.ts';

const held = (...ids: string[]) => new Map(ids.map((id) => [id, 3]));

describe('trajectories by distinctiveness', () => {
  it('weighs a skill many roles list below one few roles list', () => {
    const idf = skillDistinctiveness(getTaxonomy().roles);
    expect(idf.get('sql')).toBeLessThan(idf.get('looker-studio') ?? 0);
    expect(idf.get('sql')).toBeLessThan(idf.get('dax') ?? 0);
  });

  it('does not send a Looker analyst to back-end development on one shared tool', () => {
    const top = rankRoles(
      held('sql', 'looker-studio', 'dashboard-design', 'data-visualisation'),
      new Map(),
      10,
      [],
    );
    expect(top.map((t) => t.roleId)).not.toContain('backend-developer');
    expect(['data-analytics-consultant', 'bi-developer', 'marketing-analyst']).toContain(
      top[0]?.roleId,
    );
  });

  it('needs a minimum of evidence: one covered skill makes no trajectory', () => {
    expect(MIN_COVERED_SKILLS).toBeGreaterThanOrEqual(2);
    expect(rankRoles(held('standard-operating-procedures'), new Map(), 10, [])).toEqual([]);
    expect(rankRoles(held('sql'), new Map(), 10, [])).toEqual([]);
  });

  it('takes one skill as a direction only when it defines the role and clients keep asking', () => {
    const delivered = (n: number, id: string) =>
      Array.from({ length: n }, (_, i) => ({
        postId: `r${i}`,
        title: `Request ${i}`,
        postedAt: new Date(Date.UTC(2026, 10, 1 + i)),
        skillIds: [id],
      }));
    // Translation is listed by Translator alone; named by two delivered requests (two clients)
    // it is a direction, and the summary says what it rests on.
    const translated = rankRoles(
      held('translation'),
      new Map([['translation', 2]]),
      10,
      delivered(2, 'translation'),
    );
    expect(translated.map((t) => t.roleId)).toEqual(['translator']);
    expect(translated[0]?.summary).toContain(
      'no other role lists Translation and 2 delivered client requests',
    );
    // One delivered request is no direction, and requests asked for but not delivered do not
    // count (the requested map counts them all).
    expect(
      rankRoles(
        held('translation'),
        new Map([['translation', 5]]),
        10,
        delivered(1, 'translation'),
      ),
    ).toEqual([]);
    // SQL, listed by many roles, never is on its own, however often it was delivered.
    expect(rankRoles(held('sql'), new Map([['sql', 5]]), 10, delivered(5, 'sql'))).toEqual([]);
  });

  it('takes specific optional skills as a direction when no core skill is covered, and says so', () => {
    // Snowflake and BigQuery: optional for Data Engineer, listed by few roles.
    const listing = new Map<string, number>();
    for (const r of getTaxonomy().roles)
      for (const id of new Set([...r.core, ...r.optional]))
        listing.set(id, (listing.get(id) ?? 0) + 1);
    expect(listing.get('snowflake')).toBeLessThanOrEqual(SPECIFIC_SKILL_ROLES);
    expect(listing.get('bigquery')).toBeLessThanOrEqual(SPECIFIC_SKILL_ROLES);
    const top = rankRoles(held('snowflake', 'bigquery'), new Map(), 10, []);
    expect(top.map((t) => t.roleId)).toContain('data-engineer');
    const de = top.find((t) => t.roleId === 'data-engineer');
    expect(de?.coreCovered).toBe(0);
    expect(de?.summary).toContain('no core skill yet');
    // Shared tools listed by many roles are no direction without a core skill.
    const shared = [...listing].filter(([, n]) => n > SPECIFIC_SKILL_ROLES).map(([id]) => id);
    expect(shared.length).toBeGreaterThan(1);
    const vague = rankRoles(held(...shared.slice(0, 2)), new Map(), 10, []);
    for (const t of vague) expect(t.coreCovered).toBeGreaterThan(0);
  });

  it('breaks equal scores by evidence, then by id, never alphabetically first', () => {
    const levels = held('calendar-management', 'email-management', 'data-entry');
    const requested = new Map([['calendar-management', 4]]);
    const ranked = rankRoles(levels, requested, 10, []);
    for (let i = 1; i < ranked.length; i += 1) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      expect(a.score > b.score || (a.score === b.score && a.evidence >= b.evidence)).toBe(true);
    }
    expect(ranked[0]?.roleId).toBe('virtual-assistant');
    expect(ranked[0]?.evidence).toBe(3 + 4);
  });

  it('explains a trajectory with the client requests that support it', () => {
    const requests = [
      {
        postId: 'p1',
        title: 'Inbox and calendar for a founder',
        postedAt: new Date('2026-05-01T00:00:00Z'),
        skillIds: ['email-management', 'calendar-management'],
      },
      {
        postId: 'p2',
        title: 'Logo for a bakery',
        postedAt: new Date('2026-06-01T00:00:00Z'),
        skillIds: ['logo-design'],
      },
      {
        postId: 'p3',
        title: 'Diary management',
        postedAt: new Date('2026-06-02T00:00:00Z'),
        skillIds: ['calendar-management'],
      },
    ];
    const requested = new Map([
      ['email-management', 1],
      ['calendar-management', 2],
    ]);
    const delivered = new Map(
      [...requested].map(([id, count]) => [
        id,
        { count, lastAt: new Date('2026-06-02T00:00:00Z') },
      ]),
    );
    const now = new Date('2026-07-01T00:00:00Z');
    const ranked = rankRoles(withDelivered(new Map(), delivered, now), requested, 5, requests);
    const top = ranked.find((t) => t.roleId === 'virtual-assistant');
    expect(top?.support.map((s) => s.postId)).toEqual(['p1', 'p3']);
    expect(top?.support[0]?.skills).toEqual(['Email inbox management', 'Calendar management']);
    expect(top?.summary).toContain('supported by 2 client requests');
    expect(top?.summary).toContain('"Inbox and calendar for a founder"');
  });
});
