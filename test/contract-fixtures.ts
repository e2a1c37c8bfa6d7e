import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../src/app.ts';
import { seedDemoEvidence } from '../src/domain/evidence/index.ts';
import type { FakeLlmServer } from './fake-llm-server.ts';
import { signedUp, type TestAgent } from './test-app.ts';

/**
 * Fixtures of the contract samples (src/server/contracts.test.ts): the records a sample needs,
 * each made once, the first time a sample asks for it (memoised with `once`), in `world`.
 */

export type Person = TestAgent & { id: string };

/** The app and the people and servers the fixtures act on, set by the test's `beforeAll`. */
export const world = {} as {
  app: App;
  admin: Person;
  sam: Person;
  fake: FakeLlmServer;
  feedServer: Server;
};

export const PASSWORD = 'correct-horse-battery';

const made = new Map<string, Promise<unknown>>();
/** Runs `make` once per key; later samples reuse what it returned. */
export function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as Promise<T>;
}

export const agent = (email: string): Promise<Person> =>
  signedUp(world.app, email, email.split('@')[0], PASSWORD);

/**
 * A person in peer learning with client-confirmed work for `skill`, wanting `wants`, in `niche`:
 * people in different niches with complementary skills are matched and asked questions.
 */
export async function peer(email: string, skill: string, wants = 'tableau', niche = 'healthcare') {
  const a = await agent(email);
  await ok(a, 'PUT', '/api/profile', { skills: [{ skillId: skill, level: 4 }] }, 200);
  await ok(
    a,
    'PUT',
    '/api/peers/profile',
    { optedIn: true, acceptingQuestions: true, wants: [wants], niches: [niche] },
    200,
  );
  const project = await ok<{ id: string }>(a, 'POST', '/api/evidence', {
    kind: 'client_project',
    title: `${skill} client work`,
    skills: [skill],
  });
  // Confirmed by the client, so the evidence is someone else's word, not only the person's.
  const link = await ok<{ url: string }>(
    a,
    'POST',
    `/api/evidence/${project.id}/confirmation-link`,
    { clientName: 'Client' },
  );
  const confirmed = await world.app.http.request(new URL(link.url).pathname, {
    method: 'POST',
    body: new URLSearchParams({ confirmedBy: 'Jo Client', email: 'jo@client-of-peer.example' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (confirmed.status !== 200) throw new Error(`confirmation: ${confirmed.status}`);
  return a;
}

/** Answers `a`'s call with the JSON it returned, failing on any status but `status`. */
export async function ok<T>(
  a: TestAgent,
  method: string,
  path: string,
  body?: unknown,
  status = 201,
) {
  const r = await a.json<T>(method, path, body);
  if (r.status !== status)
    throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const path = () =>
  once('path', () =>
    ok<{ id: string; plan: { steps: { id: string }[] } }>(world.admin, 'POST', '/api/paths', {
      goal: { skillIds: ['sql'] },
      startDate: '2026-03-02',
    }),
  );
/** An exchange a new peer asked the admin for (one open exchange per pair, so one per key). */
export const exchange = (key: string) =>
  once(`exchange:${key}`, async () => {
    const asker = await peer(`contracts-${key}@example.test`, 'sql');
    const body = { peerUserId: world.admin.id, learn: ['tableau'], offer: ['sql'], message: key };
    return { asker, ...(await ok<{ id: string }>(asker, 'POST', '/api/peers/exchanges', body)) };
  });
/** A question Sam asked that is routed to the admin (fresh per key). */
export const questionToAdmin = (key: string) =>
  once(`question:${key}`, () =>
    ok<{ id: string }>(world.sam, 'POST', '/api/peers/questions', {
      context: `A tutor answer about dashboards (${key})`,
      skillId: 'tableau',
      question: 'Is a dashboard with twelve charts too busy?',
    }),
  );
export const circleOf = (a: TestAgent, key: string) =>
  once(`circle:${key}`, () => ok<{ id: string }>(a, 'POST', '/api/peers/circles', { name: key }));
/** The admin's path (by `id`) and its first step. */
export const step = async () => ({
  id: (await excelPath()).id,
  stepId: (await pathView()).plan.steps[0]?.id ?? '',
});
const pathView = () =>
  once('pathView', async () =>
    ok<{ plan: { steps: { id: string }[] } }>(
      world.admin,
      'GET',
      `/api/paths/${(await excelPath()).id}`,
      undefined,
      200,
    ),
  );

/** The admin's Excel path, which the paths samples read, change and plan. */
export const excelPath = () =>
  once('excelPath', () =>
    ok<{ id: string }>(world.admin, 'POST', '/api/paths', { goal: { skillIds: ['excel'] } }),
  );
/** The admin's Excel brief with a draft submitted, and self-review scores for its rubric. */
export const brief = () =>
  once('brief', async () => {
    const b = await ok<{ id: string; content: { rubric: { id: string }[] } }>(
      world.admin,
      'POST',
      '/api/practice/briefs',
      { skillId: 'excel', useModel: false },
    );
    await ok(world.admin, 'POST', `/api/practice/briefs/${b.id}/submissions`, { text: 'Draft' });
    const scores = b.content.rubric.map((c) => ({
      criterionId: c.id,
      score: 3,
      feedback: 'Meets the brief.',
    }));
    return { id: b.id, scores };
  });
export const card = () =>
  once('card', () =>
    ok<{ id: string }>(world.admin, 'POST', '/api/practice/cards', {
      skillId: 'excel',
      front: 'What does a pivot table do?',
      back: 'It summarises rows by groups.',
    }),
  );
/** A client request of the admin's, changed and then deleted by the samples. */
export const clientRequest = () =>
  once('clientRequest', () =>
    ok<{ post: { id: string } }>(world.admin, 'POST', '/api/radar/clients', {
      client: 'Fernway Ltd',
      text: 'Python scripts to merge our CSV files.',
      date: '2026-01-10',
    }),
  );

/**
 * A person with the seeded demo ledger (the admin's ledger is not empty, so it cannot be
 * seeded): a story drafted from it, two entries and two credentials made from it.
 */
export const ledger = () =>
  once('ledger', async () => {
    const a = await agent('contracts-ledger@example.test');
    await seedDemoEvidence(world.app.ctx, a.id, { handle: 'contracts-ledger' });
    // Drafted before other entries exist, so its sentences cite only the seeded ledger.
    const story = await ok<{ id: string; sentences: { text: string; entryIds: string[] }[] }>(
      a,
      'POST',
      '/api/stories',
      { skillId: 'excel' },
    );
    const entry = (title: string) =>
      ok<{ id: string }>(a, 'POST', '/api/evidence', {
        kind: 'client_project',
        title,
        skills: ['excel'],
      });
    const issue = (level: string) =>
      ok<{ id: string }>(a, 'POST', '/api/credentials', { skillId: 'excel', level });
    const kept = await entry('Shop audit');
    const doomed = await entry('Draft to delete');
    const revocable = await issue('working');
    const credential = await issue('foundational');
    const jwt = await (
      await a.req('GET', `/api/credentials/${credential.id}/download?format=jwt`)
    ).text();
    return { by: a as TestAgent, story, kept, doomed, revocable, credential, jwt };
  });

/** A review request for the admin's brief, addressed to Sam. */
export const peerShare = () =>
  once('peerShare', async () =>
    ok<{ token: string }>(world.admin, 'POST', `/api/practice/briefs/${(await brief()).id}/share`, {
      reviewerUserId: world.sam.id,
    }),
  );
/** An Open Badges 3 credential as JSON (embedded proofs are not checked: self-reported). */
export const OB3_JSON = JSON.stringify({
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { name: 'Example Academy' },
  credentialSubject: { achievement: { name: 'Scrum basics' } },
});
/** A person's own model: the fake server, answering faithfully. */
export const FAKE_MODEL = { provider: 'openai-compatible', model: 'llama3.1:8b' } as const;

/** A JSON Feed of one job post, served on this machine (a private address). */
export const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Contract jobs',
  items: [
    {
      id: 'a',
      title: 'Looker Studio',
      content_text: 'Build a Looker Studio report from Google Sheets data for our agency.',
      date_published: '2026-02-03T10:00:00Z',
    },
  ],
});
export const feedUrl = (key: string) =>
  `http://127.0.0.1:${(world.feedServer.address() as AddressInfo).port}/feed.json?${key}`;
/** A feed the admin follows (one per key: a URL is followed once). */
export const feed = (key: string) =>
  once(`feed:${key}`, () =>
    ok<{ id: string }>(world.admin, 'POST', '/api/radar/feeds', { url: feedUrl(key) }),
  );

export const share = () =>
  once('share', async () =>
    ok<{ id: string }>(world.admin, 'POST', '/api/peers/shares', {
      itemType: 'path',
      itemId: (await path()).id,
      scope: 'public',
    }),
  );
