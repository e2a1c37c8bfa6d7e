import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PeerPerson as Person, peerPerson } from '../../../test/peer-person.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { PathView } from '../../shared/paths.ts';
import type {
  CircleDetail,
  Exchange,
  PeerMatch,
  Question,
  Share,
  StepPeerValidation,
} from '../../shared/peers.ts';

type Matches = { optedIn: boolean; matches: PeerMatch[] };

describe.each(STORE_KINDS)('peers API on %s', (kind) => {
  let app: App;
  let ana: Person;
  let sam: Person;
  let riley: Person;
  let dan: Person;
  let eve: Person;

  const person = (
    email: string,
    name: string,
    profile: object,
    peer: object,
    evidence: string[] = [],
  ): Promise<Person> => peerPerson(app, `${email}-${kind}`, name, profile, peer, evidence);
  const matchesOf = async (p: Person) =>
    (await p.agent.json<Matches>('GET', '/api/peers/matches')).body;

  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    const shown = { skills: 'public', wants: 'public', niches: 'public', segments: 'public' };
    ana = await person(
      'ana',
      'Ana',
      {
        skills: [
          { skillId: 'excel', level: 4 },
          { skillId: 'tableau', level: 4 },
        ],
      },
      {
        optedIn: true,
        wants: ['sql', 'python'],
        niches: ['e-commerce'],
        segments: ['smb'],
        visibility: shown,
      },
      ['tableau'],
    );
    sam = await person(
      'sam',
      'Sam',
      {
        skills: [
          { skillId: 'sql', level: 5 },
          { skillId: 'python', level: 4 },
        ],
      },
      {
        optedIn: true,
        acceptingQuestions: true,
        wants: ['tableau', 'excel'],
        niches: ['healthcare'],
        segments: ['enterprise'],
        visibility: shown,
      },
      ['sql'],
    );
    // Complementary to Ana in every way, but in her niche and segment: a direct competitor.
    riley = await person(
      'riley',
      'Riley',
      {
        skills: [
          { skillId: 'sql', level: 5 },
          { skillId: 'python', level: 5 },
        ],
      },
      {
        optedIn: true,
        acceptingQuestions: true,
        wants: ['tableau', 'excel'],
        niches: ['e-commerce'],
        segments: ['smb'],
        visibility: shown,
      },
      ['sql'],
    );
    dan = await person(
      'dan',
      'Dan',
      { skills: [{ skillId: 'sql', level: 4 }] },
      {
        optedIn: true,
        acceptingQuestions: true,
        wants: ['excel'],
        niches: ['travel'],
        segments: ['agencies'],
        visibility: { segments: 'private' },
      },
      ['sql'],
    );
    eve = await person(
      'eve',
      'Eve',
      { skills: [{ skillId: 'copywriting', level: 4 }] },
      { optedIn: false },
    );
  }, 120_000);
  afterAll(() => app.close());

  it('shows two complementary people to each other, with reasons and numbers', async () => {
    const a = await matchesOf(ana);
    const s = await matchesOf(sam);
    const samForAna = a.matches.find((m) => m.person.userId === sam.id);
    expect(samForAna, JSON.stringify(a)).toBeDefined();
    expect(s.matches.some((m) => m.person.userId === ana.id)).toBe(true);
    expect(samForAna!.theyTeach.map((x) => x.skillId)).toEqual(
      expect.arrayContaining(['sql', 'python']),
    );
    expect(samForAna!.youTeach.map((x) => x.skillId)).toEqual(
      expect.arrayContaining(['tableau', 'excel']),
    );
    expect(samForAna!.summary).toMatch(
      /^You know .*Tableau.*, they want them; they know .*SQL.*, you want them; you serve different client segments/,
    );
    expect(samForAna!.score).toBeGreaterThan(0);
    expect(samForAna!.competition).toBe(0);
  });

  it('never offers a direct competitor in the same niche, however complementary', async () => {
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).not.toContain(riley.id);
    expect((await matchesOf(riley)).matches.map((m) => m.person.userId)).not.toContain(ana.id);
    // The same person in another niche and segment is offered (and the cached index notices).
    const elsewhere = {
      optedIn: true,
      acceptingQuestions: true,
      wants: ['tableau', 'excel'],
      niches: ['fintech'],
      segments: ['startups'],
    };
    await riley.agent.json('PUT', '/api/peers/profile', elsewhere);
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).toContain(riley.id);
    await riley.agent.json('PUT', '/api/peers/profile', {
      ...elsewhere,
      niches: ['e-commerce'],
      segments: ['smb'],
      visibility: { niches: 'public', segments: 'public' },
    });
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).not.toContain(riley.id);
  });

  it('lets no private field shape what anyone else is shown: trying niches does not reveal one', async () => {
    const ids = async (p: Person) => (await matchesOf(p)).matches.map((m) => m.person.userId);
    const danFor = async (p: Person) =>
      (await matchesOf(p)).matches.find((m) => m.person.userId === dan.id);
    // Dan keeps his niche (travel) and segments (agencies) private. Whatever niche Ana tries,
    // Dan appears to her the same way, so she cannot find his by trying.
    const anaProfile = {
      optedIn: true,
      wants: ['sql', 'python'],
      segments: ['smb'],
      visibility: { skills: 'public', wants: 'public', niches: 'public', segments: 'public' },
    };
    await dan.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      acceptingQuestions: true,
      wants: ['excel'],
      niches: ['travel'],
      segments: ['agencies'],
      visibility: { niches: 'private', segments: 'private' },
    });
    const seen: unknown[] = [];
    for (const niches of [['travel'], ['healthcare'], ['travel', 'e-commerce']]) {
      await ana.agent.json('PUT', '/api/peers/profile', {
        ...anaProfile,
        niches,
        segments: niches[0] === 'travel' ? ['agencies'] : ['smb'],
      });
      const m = await danFor(ana);
      expect(m, `niches ${niches}`).toBeDefined();
      seen.push({ score: m!.score, competition: m!.competition, summary: m!.summary });
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    // Dan's own list still counts his private niche: Ana, whose niche and segment (travel,
    // agencies) she shows, is not offered to him while she is in his niche.
    await ana.agent.json('PUT', '/api/peers/profile', {
      ...anaProfile,
      niches: ['travel'],
      segments: ['agencies'],
    });
    expect(await ids(dan)).not.toContain(ana.id);
    await ana.agent.json('PUT', '/api/peers/profile', { ...anaProfile, niches: ['e-commerce'] });
    expect(await ids(dan)).toContain(ana.id);
    expect(await ids(ana)).toContain(dan.id);
    expect(await ids(ana)).not.toContain(riley.id);
  });

  it('keeps private fields out of explanations and profiles, and shows circle fields to circle members only', async () => {
    const danForAna = (await matchesOf(ana)).matches.find((m) => m.person.userId === dan.id);
    expect(danForAna).toBeDefined();
    expect(danForAna!.person.segments).toBeUndefined();
    expect(danForAna!.person.niches).toBeUndefined(); // private by default
    expect(danForAna!.person.teaches?.map((t) => t.skillId)).toEqual(['sql']); // public by default
    expect(danForAna!.reasons.join(' ')).toMatch(/They know SQL/);
    expect(danForAna!.reasons.join(' ')).not.toMatch(/segment|agencies|travel|niche/);
    expect(JSON.stringify(danForAna)).not.toContain('agencies');
    // Nor do the numbers tell them: competition draws on his private segments and niches.
    expect(danForAna!.competition).toBe(0);
    expect(danForAna!.complement.theyTeachYou).toBeGreaterThan(0); // his skills are public
    expect(Number.isInteger(danForAna!.score * 10)).toBe(true);
    // Circle-visible niches appear once Sam and Dan share a circle.
    await dan.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      acceptingQuestions: true,
      wants: ['excel'],
      niches: ['travel'],
      segments: ['agencies'],
      visibility: { segments: 'private', niches: 'circle' },
    });
    expect(
      (await matchesOf(ana)).matches.find((m) => m.person.userId === dan.id)!.person.niches,
    ).toBeUndefined();
    const circle = await dan.agent.json<{ id: string }>('POST', '/api/peers/circles', {
      name: 'Data freelancers',
    });
    const invite = await dan.agent.json<{ token: string }>(
      'POST',
      `/api/peers/circles/${circle.body.id}/invites`,
      {},
    );
    expect(
      (await ana.agent.json('POST', '/api/peers/circles/join', { token: invite.body.token }))
        .status,
    ).toBe(200);
    const after = (await matchesOf(ana)).matches.find((m) => m.person.userId === dan.id)!;
    expect(after.person.niches).toEqual(['travel']);
    expect(after.person.segments).toBeUndefined();
    expect(
      (await dan.agent.json('POST', `/api/peers/circles/${circle.body.id}/leave`)).status,
    ).toBe(200);
  });

  it('routes a flagged step to a verified, non-competing peer whose answer becomes an attributed annotation', async () => {
    const path = await ana.agent.json<PathView>('POST', '/api/paths', {
      goal: { skillIds: ['sql'] },
      startDate: '2026-03-02',
    });
    expect(path.status).toBe(201);
    const step = path.body.plan.steps.find((s) => s.skillId === 'sql')!;
    // Tom only typed a reflection about SQL: opted in and accepting questions, but nobody backs
    // his SQL, so he is not asked as a verified peer.
    const tom = await person(
      'tom',
      'Tom',
      { skills: [{ skillId: 'sql', level: 5 }] },
      { optedIn: true, acceptingQuestions: true, niches: ['logistics'], segments: ['enterprise'] },
    );
    expect(
      (
        await tom.agent.json('POST', '/api/evidence', {
          kind: 'reflection',
          title: 'I think I know SQL well',
          skills: ['sql'],
        })
      ).status,
    ).toBe(201);
    const q = await ana.agent.json<Question>('POST', '/api/peers/questions', {
      pathId: path.body.id,
      stepId: step.id,
      question: 'Is a window-function course the right start for client reporting work?',
    });
    expect(q.status, JSON.stringify(q.body)).toBe(201);
    expect(q.body.trigger.length).toBeGreaterThan(0);
    expect(q.body.skillId).toBe('sql');
    // Sam and Dan have SQL evidence; Riley has too but competes with Ana; Eve is not opted in.
    const inbox = async (p: Person) =>
      (await p.agent.json<{ questions: Question[] }>('GET', '/api/peers/inbox')).body.questions;
    expect((await inbox(sam)).map((x) => x.id)).toContain(q.body.id);
    expect((await inbox(dan)).map((x) => x.id)).toContain(q.body.id);
    expect((await inbox(riley)).map((x) => x.id)).not.toContain(q.body.id);
    expect((await inbox(tom)).map((x) => x.id)).not.toContain(q.body.id);
    expect((await eve.agent.json('GET', `/api/peers/questions/${q.body.id}`)).status).toBe(404);
    expect(
      (
        await riley.agent.json('POST', `/api/peers/questions/${q.body.id}/answers`, {
          body: 'Sure thing, go ahead.',
          verdict: 'confirms',
        })
      ).status,
    ).toBe(404);

    const before = (
      await ana.agent.json<StepPeerValidation>(
        'GET',
        `/api/peers/annotations?pathId=${path.body.id}&stepId=${step.id}`,
      )
    ).body;
    expect(before.annotations).toEqual([]);
    const answer = await sam.agent.json('POST', `/api/peers/questions/${q.body.id}/answers`, {
      body: 'Start with joins and GROUP BY; window functions come after.',
      verdict: 'depends',
    });
    expect(answer.status).toBe(201);
    const v = (
      await ana.agent.json<StepPeerValidation>(
        'GET',
        `/api/peers/annotations?pathId=${path.body.id}&stepId=${step.id}`,
      )
    ).body;
    expect(v.annotations).toHaveLength(1);
    const note = v.annotations[0]!;
    expect(note).toMatchObject({
      kind: 'peer-annotation',
      stepId: step.id,
      verdict: 'depends',
      author: { userId: sam.id, name: 'Sam' },
    });
    expect(note.author.evidenceCount).toBeGreaterThanOrEqual(1);
    expect(note.author.verifiedSkills[0]).toMatchObject({ skillId: 'sql', evidence: 1 });
    expect(v.confidence.peer.weight).toBeGreaterThan(0);
    expect(v.confidence.after).not.toBe(v.confidence.before);
    // Someone else cannot read the annotations of Ana's step.
    expect(
      (
        await sam.agent.json(
          'GET',
          `/api/peers/annotations?pathId=${path.body.id}&stepId=${step.id}`,
        )
      ).status,
    ).toBe(404);
    const credits = await sam.agent.json<{ total: number }>('GET', '/api/peers/credits');
    expect(credits.body.total).toBe(1);
  });

  it('keeps exchange threads private to their two members, and turns confirmed teaching into evidence', async () => {
    const ex = await ana.agent.json<Exchange>('POST', '/api/peers/exchanges', {
      peerUserId: sam.id,
      learn: ['sql'],
      offer: ['tableau'],
      message: 'Swap?',
    });
    expect(ex.status).toBe(201);
    expect((await ana.agent.json('POST', `/api/peers/exchanges/${ex.body.id}/accept`)).status).toBe(
      403,
    );
    expect((await sam.agent.json('POST', `/api/peers/exchanges/${ex.body.id}/accept`)).status).toBe(
      200,
    );
    expect(
      (
        await sam.agent.json('POST', `/api/peers/exchanges/${ex.body.id}/messages`, {
          body: 'Tuesday works',
        })
      ).status,
    ).toBe(201);
    const thread = await ana.agent.json<{ messages: { body: string; mine: boolean }[] }>(
      'GET',
      `/api/peers/exchanges/${ex.body.id}/messages`,
    );
    expect(thread.body.messages).toEqual([
      expect.objectContaining({ body: 'Tuesday works', mine: false }),
    ]);
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['GET', '/messages', undefined],
      ['POST', '/messages', { body: 'hi' }],
    ] as const) {
      expect(
        (await eve.agent.json(method, `/api/peers/exchanges/${ex.body.id}${suffix}`, body)).status,
        suffix,
      ).toBe(404);
    }
    const t = await sam.agent.json<{ id: string }>(
      'POST',
      `/api/peers/exchanges/${ex.body.id}/teachings`,
      { skillId: 'sql', note: 'Joins and CTEs' },
    );
    expect(t.status).toBe(201);
    expect(
      (
        await sam.agent.json(
          'POST',
          `/api/peers/exchanges/${ex.body.id}/teachings/${t.body.id}/confirm`,
        )
      ).status,
    ).toBe(403);
    const ok = await ana.agent.json<{ status: string; evidenceId: string }>(
      'POST',
      `/api/peers/exchanges/${ex.body.id}/teachings/${t.body.id}/confirm`,
    );
    expect(ok.body.status).toBe('confirmed');
    const ledger = await sam.agent.json<{
      entries: { id: string; kind: string; skills: string[] }[];
    }>('GET', '/api/evidence');
    expect(ledger.body.entries.find((e) => e.id === ok.body.evidenceId)).toMatchObject({
      kind: 'peer_validation',
      skills: ['sql'],
    });
  });

  it('hides circle content from non-members and removed members (404)', async () => {
    const circle = await ana.agent.json<{ id: string }>('POST', '/api/peers/circles', {
      name: 'Dashboards club',
    });
    const brief = await ana.agent.json<{
      id: string;
      content: { persona: { name: string; company: string } };
    }>('POST', '/api/practice/briefs', { skillId: 'excel', useModel: false });
    expect(brief.status).toBe(201);
    const share = await ana.agent.json<Share>('POST', '/api/peers/shares', {
      itemType: 'practice',
      itemId: brief.body.id,
      scope: 'circle',
      circleId: circle.body.id,
    });
    expect(share.status).toBe(201);
    const outline = JSON.stringify(share.body.outline);
    expect(outline).not.toContain(brief.body.content.persona.company);
    expect(outline).not.toContain(brief.body.content.persona.name);
    const invite = await ana.agent.json<{ token: string }>(
      'POST',
      `/api/peers/circles/${circle.body.id}/invites`,
      {},
    );
    await sam.agent.json('POST', '/api/peers/circles/join', { token: invite.body.token });
    expect(
      (
        await sam.agent.json<CircleDetail>('GET', `/api/peers/circles/${circle.body.id}`)
      ).body.shares.map((s) => s.id),
    ).toEqual([share.body.id]);
    expect((await sam.agent.json('GET', `/api/peers/shares/${share.body.id}`)).status).toBe(200);
    expect((await eve.agent.json('GET', `/api/peers/circles/${circle.body.id}`)).status).toBe(404);
    expect((await eve.agent.json('GET', `/api/peers/shares/${share.body.id}`)).status).toBe(404);
    expect(
      (await eve.agent.json('POST', `/api/peers/circles/${circle.body.id}/invites`, {})).status,
    ).toBe(404);
    expect(
      (await sam.agent.json('POST', `/api/peers/circles/${circle.body.id}/invites`, {})).status,
    ).toBe(403);
    expect(
      (await ana.agent.json('DELETE', `/api/peers/circles/${circle.body.id}/members/${sam.id}`))
        .status,
    ).toBe(204);
    expect((await sam.agent.json('GET', `/api/peers/circles/${circle.body.id}`)).status).toBe(404);
    expect((await sam.agent.json('GET', `/api/peers/shares/${share.body.id}`)).status).toBe(404);
    // An email invite works only for that account.
    const mail = await ana.agent.json<{ id: string }>(
      'POST',
      `/api/peers/circles/${circle.body.id}/invites`,
      { email: `eve-${kind}@example.com` },
    );
    expect((await sam.agent.json('POST', `/api/peers/invites/${mail.body.id}/accept`)).status).toBe(
      404,
    );
    expect(
      (await eve.agent.json<{ invites: unknown[] }>('GET', '/api/peers/invites')).body.invites,
    ).toHaveLength(1);
    expect((await eve.agent.json('POST', `/api/peers/invites/${mail.body.id}/accept`)).status).toBe(
      200,
    );
    expect((await eve.agent.json('GET', `/api/peers/shares/${share.body.id}`)).status).toBe(200);
  });

  it('never matches, messages or routes questions between blocked people', async () => {
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).toContain(dan.id);
    expect((await ana.agent.json('POST', '/api/peers/blocks', { userId: dan.id })).status).toBe(
      201,
    );
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).not.toContain(dan.id);
    expect((await matchesOf(dan)).matches.map((m) => m.person.userId)).not.toContain(ana.id);
    expect(
      (await dan.agent.json('POST', '/api/peers/exchanges', { peerUserId: ana.id })).status,
    ).toBe(404);
    const q = await ana.agent.json<Question>('POST', '/api/peers/questions', {
      context: 'Tutor said to use correlated subqueries',
      skillId: 'sql',
      question: 'Is this still advised for large tables?',
    });
    expect(q.status).toBe(201);
    const danInbox = (await dan.agent.json<{ questions: Question[] }>('GET', '/api/peers/inbox'))
      .body.questions;
    expect(danInbox.map((x) => x.id)).not.toContain(q.body.id);
    // Dan's circle invite to Ana's email is neither listed to her nor usable.
    const circle = await dan.agent.json<{ id: string }>('POST', '/api/peers/circles', {
      name: 'Blocked but here',
    });
    expect(circle.status).toBe(201);
    const anaEmail = `ana-${kind}@example.com`;
    const invite = await dan.agent.json<{ id: string; token: string }>(
      'POST',
      `/api/peers/circles/${circle.body.id}/invites`,
      { email: anaEmail },
    );
    expect(invite.status).toBe(201);
    const invites = await ana.agent.json<{ invites: { id: string }[] }>(
      'GET',
      '/api/peers/invites',
    );
    expect(invites.body.invites.map((i) => i.id)).not.toContain(invite.body.id);
    expect(
      (await ana.agent.json('POST', '/api/peers/circles/join', { token: invite.body.token }))
        .status,
    ).toBe(404);
    // Nor does a third person's circle bring them together: Dan is a member of Sam's circle.
    const sams = await sam.agent.json<{ id: string }>('POST', '/api/peers/circles', {
      name: 'Mixed',
    });
    const inviteTo = async () =>
      (
        await sam.agent.json<{ token: string }>(
          'POST',
          `/api/peers/circles/${sams.body.id}/invites`,
          {},
        )
      ).body.token;
    const join = async (p: Person) =>
      (await p.agent.json('POST', '/api/peers/circles/join', { token: await inviteTo() })).status;
    expect(await join(dan)).toBe(200);
    expect(await join(ana)).toBe(404);
    expect((await ana.agent.json('DELETE', `/api/peers/blocks/${dan.id}`)).status).toBe(204);
    expect((await matchesOf(ana)).matches.map((m) => m.person.userId)).toContain(dan.id);
  });

  it('rate-limits questions per person', async () => {
    const ask = () =>
      eve.agent.json('POST', '/api/peers/questions', {
        context: 'A tutor answer about headlines',
        skillId: 'copywriting',
        question: 'Does this headline rule hold?',
      });
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(201);
    const r = await ask();
    expect(r.status).toBe(429);
    expect((r.body as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});
