// What a person keeps private shapes nothing anyone else is shown: matches, question routing
// (who is asked, how many) and an answer's provenance. Found by trying, as an attacker would:
// changing one's own profile, blocking and unblocking, and watching the answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PeerPerson as Person, peerPerson } from '../../../test/peer-person.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { PeerMatch, Question } from '../../shared/peers.ts';

type Matches = { optedIn: boolean; matches: PeerMatch[] };

describe('peers privacy: private fields shape nothing others see', () => {
  let app: App;
  let n = 0;

  const person = (name: string, profile: object, peer: object, evidence: string[] = []) =>
    peerPerson(app, `${name.toLowerCase()}-${n++}`, name, profile, peer, evidence);
  const matchesOf = async (p: Person) =>
    (await p.agent.json<Matches>('GET', '/api/peers/matches')).body;
  const ask = async (p: Person, skillId: string) => {
    const q = await p.agent.json<Question>('POST', '/api/peers/questions', {
      skillId,
      context: 'client reporting work',
      question: `Is this the right way to learn ${skillId}?`,
    });
    expect(q.status, JSON.stringify(q.body)).toBe(201);
    return q.body;
  };

  beforeAll(async () => {
    app = makeTestApp(await makeTestStore('pglite'));
    // First account is admin; make a throwaway so nobody below is special.
    await person('Admin', {}, { optedIn: false });
  });
  afterAll(async () => {
    await app.close?.();
  });

  it('asks nobody on the strength of skills the asker may not see: blocking such a peer changes nothing', async () => {
    // Vic keeps her skills private and accepts questions; a client confirmed her SQL work.
    const vic = await person(
      'Vic',
      { skills: [{ skillId: 'sql', level: 5 }] },
      {
        optedIn: true,
        acceptingQuestions: true,
        weeklyQuestionLimit: 50,
        visibility: { skills: 'private', wants: 'private' },
      },
      ['sql'],
    );
    const eve = await person('Eve', {}, { optedIn: true, visibility: { skills: 'public' } });
    const sql1 = await ask(eve, 'sql');
    const py = await ask(eve, 'python');
    expect(sql1.routedTo).toBe(py.routedTo);
    expect((await eve.agent.json('POST', '/api/peers/blocks', { userId: vic.id })).status).toBe(
      201,
    );
    const sql2 = await ask(eve, 'sql');
    expect(sql2.routedTo).toBe(sql1.routedTo);
    const inbox = (await vic.agent.json<{ questions: Question[] }>('GET', '/api/peers/inbox')).body
      .questions;
    expect(inbox.map((q) => q.id)).not.toContain(sql1.id);
    // With her skills shown, she is asked.
    await eve.agent.json('DELETE', `/api/peers/blocks/${vic.id}`);
    await vic.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      acceptingQuestions: true,
      weeklyQuestionLimit: 50,
      visibility: { skills: 'public', wants: 'private' },
    });
    const sql3 = await ask(eve, 'sql');
    expect(sql3.routedTo).toBe(sql1.routedTo + 1);
  });

  it('shows no target-role wants drawn from private skills: two people alike in what they show look alike', async () => {
    // Same target role (bi-developer), wants public, skills private. Wendy privately rates
    // herself SQL 4; Xena has no SQL. Their role's missing skills would tell them apart.
    const peer = { optedIn: true, visibility: { skills: 'private', wants: 'public' } };
    const wendy = await person(
      'Wendy',
      { targetRoles: ['bi-developer'], skills: [{ skillId: 'sql', level: 4 }] },
      { ...peer, wants: ['power-bi'] },
    );
    const xena = await person(
      'Xena',
      { targetRoles: ['bi-developer'] },
      { ...peer, wants: ['power-bi'] },
    );
    const mal = await person(
      'Mal',
      {
        skills: [
          { skillId: 'power-bi', level: 5 },
          { skillId: 'sql', level: 5 },
        ],
      },
      { optedIn: true, wants: [], visibility: { skills: 'public', wants: 'public' } },
    );
    const ms = (await matchesOf(mal)).matches;
    const view = (m: PeerMatch | undefined) =>
      m && {
        wants: m.person.wants?.map((s) => s.skillId).sort(),
        youTeach: m.youTeach.map((s) => s.skillId).sort(),
        score: m.score,
        youTeachThem: m.complement.youTeachThem,
        reasons: m.reasons,
      };
    const w = view(ms.find((m) => m.person.userId === wendy.id));
    const x = view(ms.find((m) => m.person.userId === xena.id));
    expect(w).toBeDefined();
    expect(w?.wants).toEqual(['power-bi']);
    expect(w).toEqual(x);
  });

  it("routes a question whatever the asker keeps private: a peer's inbox does not depend on it", async () => {
    const rae = await person(
      'Rae',
      { skills: [{ skillId: 'python', level: 5 }] },
      {
        optedIn: true,
        acceptingQuestions: true,
        weeklyQuestionLimit: 50,
        niches: ['gaming'],
        segments: ['creators'],
        visibility: { niches: 'public', segments: 'public' },
      },
      ['python'],
    );
    // Quinn keeps her niche and segment private (the default) and shares Rae's.
    const quinn = await person(
      'Quinn',
      {},
      { optedIn: true, niches: ['gaming'], segments: ['creators'] },
    );
    const inbox = async (p: Person) =>
      (await p.agent.json<{ questions: Question[] }>('GET', '/api/peers/inbox')).body.questions;
    const q = await ask(quinn, 'python');
    expect((await inbox(rae)).map((x) => x.id)).toContain(q.id);
    // Shown, her niche and segment keep the question from a competitor.
    await quinn.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      niches: ['gaming'],
      segments: ['creators'],
      visibility: { niches: 'public', segments: 'public' },
    });
    const q2 = await ask(quinn, 'python');
    expect((await inbox(rae)).map((x) => x.id)).not.toContain(q2.id);
  });

  it('gives an answer the provenance of the asked skill alone once the answerer keeps skills private', async () => {
    const zed = await person(
      'Zed',
      { skills: [{ skillId: 'sql', level: 5 }] },
      { optedIn: true, acceptingQuestions: true, weeklyQuestionLimit: 50 },
      ['sql', 'sql', 'python', 'tableau'],
    );
    const amy = await person('Amy', {}, { optedIn: true });
    const q = await ask(amy, 'sql');
    // Routed while his skills were shown; he hides them before answering.
    await zed.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      acceptingQuestions: true,
      weeklyQuestionLimit: 50,
      visibility: { skills: 'private' },
    });
    const ans = await zed.agent.json('POST', `/api/peers/questions/${q.id}/answers`, {
      body: 'Yes, this is fine.',
      verdict: 'confirms',
    });
    expect(ans.status, JSON.stringify(ans.body)).toBe(201);
    const mine = (await amy.agent.json<Question>('GET', `/api/peers/questions/${q.id}`)).body;
    const answer = mine.answers.find((a) => a.author.userId === zed.id)!;
    expect(answer.author.verifiedSkills.map((s) => s.skillId)).toEqual(['sql']);
    expect(answer.author.evidenceCount).toBe(2);
    expect(answer.author.credentialCount).toBe(0);
  });

  it('never says "in different niches" when the other keeps their niche from you', async () => {
    // Ann keeps her niche (gaming) private and shows her segment; Bob shows both, the same.
    const ann = await person(
      'Ann',
      { skills: [{ skillId: 'excel', level: 5 }] },
      {
        optedIn: true,
        wants: ['sql'],
        niches: ['gaming'],
        segments: ['creators'],
        visibility: { segments: 'public' },
      },
    );
    const bob = await person(
      'Bob',
      { skills: [{ skillId: 'sql', level: 5 }] },
      {
        optedIn: true,
        wants: ['excel'],
        niches: ['gaming'],
        segments: ['creators'],
        visibility: { niches: 'public', segments: 'public' },
      },
    );
    const m = (await matchesOf(bob)).matches.find((x) => x.person.userId === ann.id);
    expect(m).toBeDefined();
    expect(m!.reasons).toContain('You both serve creators clients.');
    expect(m!.summary).not.toMatch(/different niches/);
  });

  it("weighs an answer by what others back in the skill, not the answerer's own rating", async () => {
    const kai = await person(
      'Kai',
      { skills: [{ skillId: 'sql', level: 5 }] },
      { optedIn: true, acceptingQuestions: true, weeklyQuestionLimit: 50 },
      ['sql'],
    );
    const lu = await person('Lu', {}, { optedIn: true });
    const q = await ask(lu, 'sql');
    expect(
      (
        await kai.agent.json('POST', `/api/peers/questions/${q.id}/answers`, {
          body: 'Yes, this is fine.',
          verdict: 'confirms',
        })
      ).status,
    ).toBe(201);
    const got = (await lu.agent.json<Question>('GET', `/api/peers/questions/${q.id}`)).body;
    // Self-rating 5 would weigh 0.5; one client-confirmed entry weighs 0.4.
    expect(got.answers.find((a) => a.author.userId === kai.id)?.weight).toBe(0.4);
  });

  it('takes a visibility change and leaving a circle into account at once', async () => {
    const owner = await person(
      'Olga',
      { skills: [{ skillId: 'excel', level: 5 }] },
      { optedIn: true, wants: ['sql'], niches: ['fintech'], visibility: { niches: 'public' } },
    );
    const viewer = await person(
      'Pat',
      { skills: [{ skillId: 'sql', level: 5 }] },
      { optedIn: true, wants: ['excel'], niches: ['legal'], visibility: { niches: 'public' } },
    );
    const olgaFor = async () =>
      (await matchesOf(viewer)).matches.find((m) => m.person.userId === owner.id);
    expect((await olgaFor())?.person.niches).toEqual(['fintech']);
    await owner.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      wants: ['sql'],
      niches: ['fintech'],
      visibility: { niches: 'circle' },
    });
    expect((await olgaFor())?.person.niches).toBeUndefined();
    const c = await owner.agent.json<{ id: string }>('POST', '/api/peers/circles', { name: 'C' });
    const inv = await owner.agent.json<{ token: string }>(
      'POST',
      `/api/peers/circles/${c.body.id}/invites`,
      {},
    );
    expect(
      (await viewer.agent.json('POST', '/api/peers/circles/join', { token: inv.body.token }))
        .status,
    ).toBe(200);
    expect((await olgaFor())?.person.niches).toEqual(['fintech']);
    await owner.agent.json('DELETE', `/api/peers/circles/${c.body.id}/members/${viewer.id}`);
    expect((await olgaFor())?.person.niches).toBeUndefined();
    // Pat tries Olga's (now circle-only) niche: she must still appear the same.
    const before = await olgaFor();
    await viewer.agent.json('PUT', '/api/peers/profile', {
      optedIn: true,
      wants: ['excel'],
      niches: ['fintech'],
      visibility: { niches: 'public' },
    });
    const after = await olgaFor();
    expect(after && { s: after.score, c: after.competition, r: after.reasons }).toEqual(
      before && { s: before.score, c: before.competition, r: before.reasons },
    );
  });
});
