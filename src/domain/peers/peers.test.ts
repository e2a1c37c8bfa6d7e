import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { PeerAnnotation } from '../../shared/peers.ts';
import type { PeerCandidateRow } from '../../store/repos/peers-repo.ts';
import { createUser, updateProfile } from '../accounts/index.ts';
import { seedDemoEvidence } from '../evidence/index.ts';
import { createPath } from '../paths/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { canSee, derivePeer, skillWeight } from './derive-peer.ts';
import {
  createCircle,
  DEMO_PEERS,
  getShare,
  inviteToCircle,
  joinCircle,
  listContributionCredits,
  listMatches,
  listMyInvites,
  listPublicShares,
  peerConfidence,
  requestExchange,
  seedDemoPeers,
  shareItem,
  updatePeerProfile,
} from './index.ts';
import { briefOutline } from './outline.ts';

describe('peer rules', () => {
  it('weighs evidence and credentials above self-ratings', () => {
    expect(skillWeight(5, undefined)).toEqual({ weight: 0.5, basis: 'self' });
    expect(skillWeight(2, { evidence: 1, credential: null })).toEqual({
      weight: 0.4,
      basis: 'evidence',
    });
    expect(skillWeight(5, { evidence: 9, credential: null })).toEqual({
      weight: 0.7,
      basis: 'evidence',
    });
    expect(skillWeight(1, { evidence: 2, credential: 'advanced' })).toEqual({
      weight: 1,
      basis: 'credential',
    });
  });

  it('learns explicit wants and the target role’s missing core skills, teaches from level 3 up', () => {
    const row = {
      user_id: 'u1',
      name: 'U',
      opted_in: true,
      accepting_questions: false,
      weekly_question_limit: 3,
      wants: ['sql', 'not-a-skill'],
      niches: [],
      segments: [],
      platforms: null,
      visibility: { niches: 'circle' },
      revision: 1,
      created_at: new Date(),
      updated_at: new Date(),
      profile_data: {
        skills: [
          { skillId: 'excel', level: 4 },
          { skillId: 'tableau', level: 2 },
        ],
        targetRoles: ['data-analytics-consultant'],
        platforms: ['Upwork'],
      },
      is_demo: false,
    } satisfies PeerCandidateRow;
    const p = derivePeer(row, new Map(), getTaxonomy());
    expect(p.teaches.map((t) => t.skillId)).toEqual(['excel']);
    expect(p.learns[0]).toMatchObject({ skillId: 'sql', basis: 'want', weight: 1 });
    expect(p.learns.map((l) => l.skillId)).toContain('tableau'); // level 2 is not teachable: still a goal gap
    expect(p.learns.map((l) => l.skillId)).not.toContain('excel');
    expect(p.platforms).toEqual(['Upwork']);
    expect(p.visibility).toMatchObject({ niches: 'circle', skills: 'public', segments: 'private' });
    expect([
      canSee('circle', 'other'),
      canSee('circle', 'circle'),
      canSee('private', 'circle'),
      canSee('private', 'self'),
    ]).toEqual([false, true, false, true]);
  });

  it('moves a step’s confidence by peer verdicts weighted by verified level', () => {
    const a = (verdict: PeerAnnotation['verdict'], weight: number) =>
      ({ verdict, weight }) as PeerAnnotation;
    expect(peerConfidence(0.7, []).after).toBe(0.7);
    const up = peerConfidence(0.7, [a('confirms', 0.7), a('confirms', 0.4)]);
    expect(up.after).toBeGreaterThan(0.7);
    expect(up.peer.weight).toBe(0.2);
    expect(peerConfidence(0.7, [a('corrects', 0.7)]).after).toBeLessThan(0.7);
  });

  it('outlines a practice brief without its client, context, deliverable or budget', () => {
    const brief = {
      skillId: 'excel',
      level: 'beginner',
      content: {
        title: 'Sales dashboard for Brightleaf Goods',
        persona: {
          name: 'Dana Whitfield',
          role: 'Ops lead',
          company: 'Brightleaf Goods',
          style: 'terse',
        },
        context: 'SECRET CONTEXT',
        deliverable: 'SECRET DELIVERABLE',
        constraints: {
          deadlineDays: 3,
          budget: { amount: 999, currency: 'USD' },
          tone: 'plain',
          tools: ['Excel'],
        },
        acceptanceCriteria: ['Dana can filter by region', 'Totals match Brightleaf Goods exports'],
        changeRequest: { at: 0.5, text: 'SECRET CHANGE' },
        rubric: [
          { id: 'accuracy', title: 'Accuracy', description: 'Numbers reconcile with the source' },
        ],
      },
    } as unknown as Parameters<typeof briefOutline>[0];
    const text = JSON.stringify(briefOutline(brief, getTaxonomy()));
    for (const secret of ['Dana', 'Whitfield', 'Brightleaf', 'SECRET', '999'])
      expect(text).not.toContain(secret);
    expect(text).toContain('Numbers reconcile with the source');
  });
});

describe.each(STORE_KINDS)('demo peers on %s', (kind) => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
  }, 120_000);
  afterAll(() => app.close());

  it('offers Sam to the demo user with reasons, never Riley (same niche), and seeds once', async () => {
    // The demo user as seedDemo creates it (the full workspace seed is covered by the radar test).
    const demo = await createUser(app.ctx, {
      email: 'maya@example.com',
      password: 'long-enough-pw',
      name: 'Maya',
      isDemo: true,
    });
    await updateProfile(app.ctx, demo.id, {
      skills: [
        { skillId: 'excel', level: 4 },
        { skillId: 'google-sheets', level: 4 },
        { skillId: 'tableau', level: 2 },
      ],
      targetRoles: ['data-analytics-consultant'],
    });
    await seedDemoEvidence(app.ctx, demo.id, { handle: null });
    const started = performance.now();
    expect(await seedDemoPeers(app.ctx, demo.id)).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
    const sam = await app.ctx.store.accounts.findUserByEmail(DEMO_PEERS.sam.email);
    const riley = await app.ctx.store.accounts.findUserByEmail(DEMO_PEERS.riley.email);
    const { optedIn, matches } = await listMatches(app.ctx, demo.id);
    expect(optedIn).toBe(true);
    const m = matches.find((x) => x.person.userId === sam!.id);
    expect(m?.summary).toMatch(
      /^You know Microsoft Excel.*, they want them; they know SQL.*Python.*, you want them; you serve different client segments/,
    );
    expect(matches.map((x) => x.person.userId)).not.toContain(riley!.id);
    const ana = await app.ctx.store.accounts.findUserByEmail(DEMO_PEERS.ana.email);
    expect(matches.map((x) => x.person.userId)).toContain(ana!.id);
    expect(
      (await listMatches(app.ctx, riley!.id)).matches.map((x) => x.person.userId),
    ).not.toContain(demo.id);
    expect(await seedDemoPeers(app.ctx, demo.id)).toBe(false);
    expect(await app.ctx.store.accounts.countUsers()).toBe(4);
    expect(await listContributionCredits(app.ctx, sam!.id)).toEqual([]);
  });

  it('keeps demo copies and members apart: no matches either way, no exchange', async () => {
    const demo = await app.ctx.store.accounts.findUserByEmail('maya@example.com');
    // A member who complements the demo user exactly as Sam does.
    const member = await createUser(app.ctx, {
      email: 'member@example.com',
      password: 'long-enough-pw',
      name: 'Real Member',
    });
    await updateProfile(app.ctx, member.id, {
      skills: [
        { skillId: 'sql', level: 5 },
        { skillId: 'python', level: 4 },
      ],
    });
    await updatePeerProfile(app.ctx, member.id, {
      optedIn: true,
      wants: ['tableau', 'excel'],
      niches: ['healthcare'],
      segments: ['enterprise'],
      visibility: { skills: 'public', wants: 'public', segments: 'public' },
    });
    const seen = (await listMatches(app.ctx, demo!.id)).matches.map((m) => m.person.userId);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain(member.id);
    const theirs = await listMatches(app.ctx, member.id);
    expect(theirs.optedIn).toBe(true);
    for (const m of theirs.matches) {
      expect((await app.ctx.store.accounts.findUserById(m.person.userId))?.is_demo).toBe(false);
    }
    await expect(
      requestExchange(app.ctx, demo!.id, {
        peerUserId: member.id,
        learn: ['sql'],
        offer: ['excel'],
        message: 'Claim your prize',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    // A public outline of a demo copy never reaches members, nor theirs a demo copy.
    const path = await createPath(app.ctx, demo!.id, {
      goal: { skillIds: ['sql'] },
      startDate: '2026-03-02',
    });
    const shared = await shareItem(app.ctx, demo!.id, {
      itemType: 'path',
      itemId: path.id,
      scope: 'public',
    });
    expect((await listPublicShares(app.ctx, demo!.id)).map((x) => x.id)).toContain(shared.id);
    expect((await listPublicShares(app.ctx, member.id)).map((x) => x.id)).not.toContain(shared.id);
    await expect(getShare(app.ctx, member.id, shared.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    // Nor a circle: a demo copy's invite (link or email) does not let a member in.
    const circle = await createCircle(app.ctx, demo!.id, { name: 'Spreadsheet club' });
    const link = await inviteToCircle(app.ctx, demo!.id, circle.id, {});
    await expect(joinCircle(app.ctx, member.id, { token: link.token })).rejects.toMatchObject({
      code: 'not_found',
    });
    await inviteToCircle(app.ctx, demo!.id, circle.id, { email: 'member@example.com' });
    expect(await listMyInvites(app.ctx, member.id)).toEqual([]);
  });
});
