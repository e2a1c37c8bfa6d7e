import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, signedUp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { seedDemoEvidence } from '../domain/evidence/index.ts';
import { accountContracts, adminContracts, authContracts } from '../shared/contracts/accounts.ts';
import { catalogContracts } from '../shared/contracts/catalog.ts';
import { type Contract, type ContractInput, contractUrl } from '../shared/contracts/contract.ts';
import { evidenceContracts } from '../shared/contracts/evidence.ts';
import { importContracts } from '../shared/contracts/imports.ts';
import { modelContracts } from '../shared/contracts/model.ts';
import { pathsContracts } from '../shared/contracts/paths.ts';
import { peersCircleContracts, peersContracts } from '../shared/contracts/peers.ts';
import { practiceContracts } from '../shared/contracts/practice.ts';
import { progressContracts } from '../shared/contracts/progress.ts';
import { radarContracts } from '../shared/contracts/radar.ts';
import { systemContracts } from '../shared/contracts/system.ts';
import { taxonomyContracts } from '../shared/contracts/taxonomy.ts';

// Every contract in src/shared/contracts, with an input a real call can make. A contract added
// without a sample fails the first test, so none goes unchecked. The rows run in order, so a
// sample may build on what an earlier one made (memoised with `once`).
const CAPABILITIES = {
  model: modelContracts,
  paths: pathsContracts,
  practice: practiceContracts,
  progress: progressContracts,
  radar: radarContracts,
  imports: importContracts,
  system: systemContracts,
  auth: authContracts,
  account: accountContracts,
  admin: adminContracts,
  taxonomy: taxonomyContracts,
  catalog: catalogContracts,
  peers: peersContracts,
  peersCircle: peersCircleContracts,
  evidence: evidenceContracts,
};

/** Records samples name, made once in `beforeAll` (samples read them when they run). */
const held = {
  timeLogId: '',
  pathId: '',
  importId: '',
  briefId: '',
  clientRequestId: '',
  brief: { id: '' },
  card: { id: '' },
  selfReview: { scores: [] as { criterionId: string; score: number; feedback: string }[] },
};

/** One call: the contract's input, made by `by` (default: the admin who signed up first). */
type Call<C extends Contract> = ContractInput<C> & { by?: TestAgent };
/** A sample is a call, or a function that prepares what the call needs and returns it. */
type Sample<C extends Contract> = Call<C> | (() => Promise<Call<C>>);

const PASSWORD = 'correct-horse-battery';
let app: App;
type Person = TestAgent & { id: string };
let admin: Person;
let sam: Person;

const made = new Map<string, Promise<unknown>>();
/** Runs `make` once per key; later samples reuse what it returned. */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as Promise<T>;
}

const agent = (email: string): Promise<Person> =>
  signedUp(app, email, email.split('@')[0], PASSWORD);

/**
 * A person in peer learning with client-work evidence for `skill`, wanting `wants`, in `niche`:
 * people in different niches with complementary skills are matched and asked questions.
 */
async function peer(email: string, skill: string, wants = 'tableau', niche = 'healthcare') {
  const a = await agent(email);
  await ok(a, 'PUT', '/api/profile', { skills: [{ skillId: skill, level: 4 }] }, 200);
  await ok(
    a,
    'PUT',
    '/api/peers/profile',
    { optedIn: true, acceptingQuestions: true, wants: [wants], niches: [niche] },
    200,
  );
  await ok(a, 'POST', '/api/evidence', {
    kind: 'client_project',
    title: `${skill} client work`,
    skills: [skill],
  });
  return a;
}

/** Answers `a`'s call with the JSON it returned, failing on any status but `status`. */
async function ok<T>(a: TestAgent, method: string, path: string, body?: unknown, status = 201) {
  const r = await a.json<T>(method, path, body);
  if (r.status !== status)
    throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const path = () =>
  once('path', () =>
    ok<{ id: string; plan: { steps: { id: string }[] } }>(admin, 'POST', '/api/paths', {
      goal: { skillIds: ['sql'] },
      startDate: '2026-03-02',
    }),
  );
/** An exchange a new peer asked the admin for (one open exchange per pair, so one per key). */
const exchange = (key: string) =>
  once(`exchange:${key}`, async () => {
    const asker = await peer(`contracts-${key}@example.test`, 'sql');
    const body = { peerUserId: admin.id, learn: ['tableau'], offer: ['sql'], message: key };
    return { asker, ...(await ok<{ id: string }>(asker, 'POST', '/api/peers/exchanges', body)) };
  });
/** A question Sam asked that is routed to the admin (fresh per key). */
const questionToAdmin = (key: string) =>
  once(`question:${key}`, () =>
    ok<{ id: string }>(sam, 'POST', '/api/peers/questions', {
      context: `A tutor answer about dashboards (${key})`,
      skillId: 'tableau',
      question: 'Is a dashboard with twelve charts too busy?',
    }),
  );
const circleOf = (a: TestAgent, key: string) =>
  once(`circle:${key}`, () => ok<{ id: string }>(a, 'POST', '/api/peers/circles', { name: key }));
/** The admin's path (by `id`) and its first step. */
const step = async () => ({ id: held.pathId, stepId: (await pathView()).plan.steps[0]?.id ?? '' });
const pathView = () =>
  once('pathView', () =>
    ok<{ plan: { steps: { id: string }[] } }>(
      admin,
      'GET',
      `/api/paths/${held.pathId}`,
      undefined,
      200,
    ),
  );

/**
 * A person with the seeded demo ledger (the admin's ledger is not empty, so it cannot be
 * seeded): a story drafted from it, two entries and two credentials made from it.
 */
const ledger = () =>
  once('ledger', async () => {
    const a = await agent('contracts-ledger@example.test');
    await seedDemoEvidence(app.ctx, a.id, { handle: 'contracts-ledger' });
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

const share = () =>
  once('share', async () =>
    ok<{ id: string }>(admin, 'POST', '/api/peers/shares', {
      itemType: 'path',
      itemId: (await path()).id,
      scope: 'public',
    }),
  );

const SAMPLES: {
  [Cap in keyof typeof CAPABILITIES]: {
    [K in keyof (typeof CAPABILITIES)[Cap]]: (typeof CAPABILITIES)[Cap][K] extends infer C extends
      Contract
      ? Sample<C>
      : never;
  };
} = {
  model: {
    getSettings: {},
    saveSettings: { body: null },
    testConnection: { body: {} },
    getUsage: { query: { days: 7 } },
    setLimits: { body: { tokensPerUserPerDay: 50_000 } },
  },
  paths: {
    getAvailability: {},
    setBusyWeeks: { body: { busyWeeks: [{ weekStart: '2026-12-14', hours: 0, note: 'launch' }] } },
    importCalendar: {
      body: {
        ics: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20301209T130000Z\r\nDTEND:20301209T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR',
      },
    },
    removeCalendar: {},
    create: { body: { goal: { skillIds: ['data-cleaning'] } } },
    list: {},
    get: async () => ({ params: { id: held.pathId }, query: { version: 1 } }),
    remove: async () => ({
      params: {
        id: (
          await ok<{ id: string }>(admin, 'POST', '/api/paths', { goal: { skillIds: ['tableau'] } })
        ).id,
      },
    }),
    regenerate: async () => ({ params: { id: held.pathId }, body: { deadline: '2027-06-30' } }),
    versions: async () => ({ params: { id: held.pathId } }),
    diff: async () => ({ params: { id: held.pathId }, query: { from: 1 } }),
    tickStep: async () => ({ params: await step(), body: { done: true, minutes: 30 } }),
    schedule: async () => ({ params: { id: held.pathId }, query: { week: '2026-03-02' } }),
    createCalendarToken: async () => ({ params: { id: held.pathId } }),
    listCalendarTokens: async () => ({ params: { id: held.pathId } }),
    revokeCalendarToken: async () => {
      const t = await ok<{ id: string }>(
        admin,
        'POST',
        `/api/paths/${held.pathId}/calendar-tokens`,
      );
      return { params: { id: held.pathId, tokenId: t.id } };
    },
    annotations: async () => ({ params: await step() }),
    annotate: async () => ({
      params: await step(),
      body: { verdict: 'worked', note: 'The exercises helped.' },
    }),
    ask: async () => ({
      params: await step(),
      body: { question: 'How do I build a pivot table?' },
    }),
  },
  practice: {
    createBrief: { body: { skillId: 'sql', level: 'beginner', useModel: false } },
    listBriefs: { query: { skillId: 'sql' } },
    getBrief: { params: held.brief },
    submit: { params: held.brief, body: { text: '=SUM(B2:B9) totals the month.' } },
    listReviews: { params: held.brief },
    selfReview: { params: held.brief, body: held.selfReview },
    listPeerRequests: {},
    cardsFromPath: async () => ({ body: { pathId: held.pathId } }),
    answerCard: { params: held.card, body: { rating: 'good' } },
    getScaffold: { query: { skillId: 'sql' } },
    setScaffold: { body: { skillId: 'sql', override: 'hints' } },
    reviewQueue: {},
    addCard: { body: { skillId: 'sql', front: 'What does GROUP BY do?', back: 'It groups rows.' } },
    listCredentials: {},
    listCertifications: {},
    examQuestions: { query: { certificationId: 'microsoft-pl-300', count: 3 } },
    answerExamQuestion: {
      body: { certificationId: 'scrum-psm-1', questionId: 'psm-01', choice: 0 },
    },
    readiness: { query: { certificationId: 'scrum-psm-1' } },
  },
  radar: {
    extract: { body: { text: 'Translate our website and build a Tableau dashboard.' } },
    trends: { query: { months: 6 } },
    trajectories: { query: { limit: 5 } },
    gap: { query: { role: 'data-analytics-consultant' } },
    learnNext: { query: { role: 'data-analytics-consultant', limit: 5 } },
    suggestSkills: { body: { cvText: 'Data analyst: SQL, Excel and Tableau dashboards.' } },
    listPosts: { query: { limit: 5 } },
    deletePost: {
      get params() {
        return { id: held.briefId };
      },
    },
    // The brief made in beforeAll again: a duplicate, answered 200 (an alternative status).
    addBrief: { body: { text: 'Looking for a copywriter for product descriptions.' } },
    listClients: { query: { limit: 5 } },
    addClient: {
      body: {
        client: 'Harbour Co',
        text: 'Tableau dashboard of stock levels.',
        date: '2026-02-01',
      },
    },
    updateClient: {
      get params() {
        return { id: held.clientRequestId };
      },
      body: {
        client: 'Fernway Ltd',
        text: 'Build a Tableau dashboard of weekly sales.',
        date: '2026-02-15',
        status: 'declined',
      },
    },
    deleteClient: {
      get params() {
        return { id: held.clientRequestId };
      },
    },
    listFeeds: {},
    confirmSkills: { body: { skills: [{ skillId: 'sql', level: 3 }] } },
  },
  progress: {
    dashboard: {},
    overview: {},
    velocity: {},
    weekly: { query: {} },
    trends: { query: { weeks: 4 } },
    getView: {},
    saveView: { body: {} },
    runningTimer: {},
    startTimer: { body: { targetKind: 'skill', skillId: 'excel' } },
    stopTimer: {},
    listTimeLogs: { query: {} },
    logTime: {
      body: {
        targetKind: 'skill',
        skillId: 'excel',
        startedAt: '2026-03-01T10:00:00Z',
        minutes: 30,
      },
    },
    logCalendarSession: {
      body: {
        targetKind: 'skill',
        skillId: 'excel',
        sessionId: 'contract-sample',
        startedAt: '2026-03-01T12:00:00Z',
        endedAt: '2026-03-01T13:00:00Z',
      },
    },
    deleteTimeLog: {
      get params() {
        return { id: held.timeLogId };
      },
    },
    notifications: { query: { unread: 'false' } },
    markRead: { body: {} },
    getNotificationSettings: {},
    saveNotificationSettings: { body: { reviews_due: true } },
  },
  imports: {
    create: {
      body: {
        format: 'csv',
        content: 'title,text,date\nReport,Build Power BI reports for finance,2026-01-10\n',
      },
    },
    list: {},
    get: async () => ({ params: { id: held.importId } }),
  },
  system: { health: {}, ready: {}, openapi: {}, about: {} },
  auth: {
    signUp: async () => ({
      by: new TestAgent(app),
      body: { email: 'contracts-new@example.test', password: PASSWORD, name: 'New' },
    }),
    signIn: async () => ({
      by: new TestAgent(app),
      body: { email: 'contracts-sam@example.test', password: PASSWORD },
    }),
    tryDemo: async () => ({ by: new TestAgent(app) }),
    signOut: async () => ({ by: await agent('contracts-leaving@example.test') }),
    session: {},
    demoHint: {},
  },
  account: {
    getProfile: {},
    saveProfile: { body: { skills: [{ skillId: 'tableau', level: 4 }] } },
    listTokens: {},
    createToken: { body: { name: 'contracts' } },
    revokeToken: async () => ({
      params: { id: (await ok<{ id: string }>(admin, 'POST', '/api/tokens', { name: 'x' })).id },
    }),
    changePassword: async () => ({
      by: await agent('contracts-password@example.test'),
      body: { currentPassword: PASSWORD, newPassword: 'another-horse-battery' },
    }),
    exportData: {},
    // An export imports into another account once its records are gone from this instance.
    importData: async () => {
      const leaving = await peer('contracts-moving@example.test', 'excel');
      const doc = await ok(leaving, 'GET', '/api/account/export', undefined, 200);
      await ok(leaving, 'DELETE', '/api/account', { password: PASSWORD }, 204);
      return { by: await agent('contracts-importer@example.test'), body: doc };
    },
    deleteAccount: async () => ({
      by: await agent('contracts-deleted@example.test'),
      body: { password: PASSWORD },
    }),
  },
  admin: {
    listUsers: {},
    createUser: {
      body: { email: 'contracts-made@example.test', name: 'Made', password: PASSWORD },
    },
    resetPassword: async () => ({
      params: { id: (await agent('contracts-forgot@example.test')).id },
      body: { newPassword: PASSWORD },
    }),
    signinLink: async () => ({ params: { id: (await agent('contracts-link@example.test')).id } }),
    getSettings: {},
    saveSettings: async () => ({
      body: await ok(admin, 'GET', '/api/admin/settings', undefined, 200),
    }),
  },
  taxonomy: { searchSkills: { query: { q: 'sql', limit: 5 } }, listRoles: {} },
  catalog: {
    search: { query: { q: 'sql' } },
    deprecations: {},
    getResource: async () => {
      const r = await ok<{ resources: { id: string }[] }>(
        admin,
        'GET',
        '/api/catalog',
        undefined,
        200,
      );
      return { params: { id: r.resources[0]!.id } };
    },
    checkLinks: { body: { limit: 1 } },
    calendarFeed: async () => {
      const t = await ok<{ token: string }>(
        admin,
        'POST',
        `/api/paths/${(await path()).id}/calendar-tokens`,
      );
      return { by: new TestAgent(app), params: { file: `${t.token}.ics` } };
    },
  },
  peers: {
    getProfile: {},
    saveProfile: {
      body: {
        optedIn: true,
        acceptingQuestions: true,
        wants: ['sql'],
        niches: ['e-commerce'],
        segments: ['smb'],
      },
    },
    listMatches: {},
    listExchanges: {},
    requestExchange: async () => ({ by: sam, body: { peerUserId: admin.id, learn: ['tableau'] } }),
    getExchange: async () => ({ params: { id: (await exchange('accepted')).id } }),
    acceptExchange: async () => ({ params: { id: (await exchange('accepted')).id } }),
    declineExchange: async () => ({ params: { id: (await exchange('declined')).id } }),
    listMessages: async () => ({ params: { id: (await exchange('accepted')).id } }),
    postMessage: async () => ({
      params: { id: (await exchange('accepted')).id },
      body: { body: 'Tuesday works' },
    }),
    recordTeaching: async () => ({
      params: { id: (await exchange('accepted')).id },
      body: { skillId: 'tableau', note: 'Calculated fields' },
    }),
    confirmTeaching: async () => {
      const { id, asker } = await exchange('accepted');
      const t = await ok<{ id: string }>(asker, 'POST', `/api/peers/exchanges/${id}/teachings`, {
        skillId: 'sql',
        note: 'Window functions',
      });
      return { params: { id, teachingId: t.id } };
    },
    askPeers: {
      body: {
        context: 'The tutor said to index every column',
        skillId: 'sql',
        question: 'Is indexing every column a good idea?',
      },
    },
    listQuestions: {},
    inbox: {},
    getQuestion: async () => ({ params: { id: (await questionToAdmin('read')).id } }),
    answerQuestion: async () => ({
      params: { id: (await questionToAdmin('answered')).id },
      body: { body: 'Fewer charts, one question each.', verdict: 'depends' },
    }),
    declineQuestion: async () => ({ params: { id: (await questionToAdmin('declined')).id } }),
    stepValidation: async () => {
      const p = await path();
      return { query: { pathId: p.id, stepId: p.plan.steps[0]!.id } };
    },
  },
  peersCircle: {
    listCircles: {},
    createCircle: { body: { name: 'Contracts circle' } },
    joinCircle: async () => {
      const { id } = await circleOf(sam, 'sam-joined');
      const inv = await ok<{ token: string }>(sam, 'POST', `/api/peers/circles/${id}/invites`, {});
      return { body: { token: inv.token } };
    },
    getCircle: async () => ({ params: { id: (await circleOf(admin, 'admin-owned')).id } }),
    invite: async () => ({ params: { id: (await circleOf(admin, 'admin-owned')).id }, body: {} }),
    leaveCircle: async () => ({ params: { id: (await circleOf(sam, 'sam-joined')).id } }),
    removeMember: async () => {
      const { id } = await circleOf(admin, 'admin-owned');
      const inv = await ok<{ token: string }>(
        admin,
        'POST',
        `/api/peers/circles/${id}/invites`,
        {},
      );
      await ok(sam, 'POST', '/api/peers/circles/join', { token: inv.token }, 200);
      return { params: { id, userId: sam.id } };
    },
    listInvites: {},
    acceptInvite: async () => {
      const { id } = await circleOf(sam, 'sam-invites');
      const inv = await ok<{ id: string }>(sam, 'POST', `/api/peers/circles/${id}/invites`, {
        email: 'contracts-admin@example.test',
      });
      return { params: { id: inv.id } };
    },
    listShares: {},
    share: async () => ({
      body: {
        itemType: 'path',
        itemId: (await path()).id,
        scope: 'circle',
        circleId: (await circleOf(admin, 'admin-owned')).id,
      },
    }),
    listPublicShares: async () => {
      await share();
      return { by: sam };
    },
    getShare: async () => ({ params: { id: (await share()).id } }),
    unshare: async () => ({ params: { id: (await share()).id } }),
    listBlocks: {},
    block: async () => ({ body: { userId: sam.id } }),
    unblock: async () => ({ params: { userId: sam.id } }),
    report: async () => ({ body: { userId: sam.id, reason: 'Contract sample report' } }),
    credits: {},
  },
  evidence: {
    listEntries: async () => ({ by: (await ledger()).by, query: { skillId: 'excel' } }),
    record: async () => ({
      by: (await ledger()).by,
      body: {
        kind: 'artifact',
        title: 'Cleaned sales workbook',
        skills: ['excel', 'data-cleaning'],
      },
    }),
    verifyLedger: async () => ({ by: (await ledger()).by }),
    getEntry: async () => ({ by: (await ledger()).by, params: { id: (await ledger()).kept.id } }),
    deleteEntry: async () => ({
      by: (await ledger()).by,
      params: { id: (await ledger()).doomed.id },
    }),
    setVisibility: async () => ({
      by: (await ledger()).by,
      params: { id: (await ledger()).kept.id },
      body: { visibility: 'public' },
    }),
    confirmationLink: async () => ({
      by: (await ledger()).by,
      params: { id: (await ledger()).kept.id },
      body: { clientName: 'Acme' },
    }),
    listStories: async () => ({ by: (await ledger()).by }),
    draftStory: async () => ({ by: (await ledger()).by, body: { skillId: 'data-cleaning' } }),
    editStory: async () => {
      const l = await ledger();
      return { by: l.by, params: { id: l.story.id }, body: { sentences: l.story.sentences } };
    },
    approveStory: async () => {
      const l = await ledger();
      return { by: l.by, params: { id: l.story.id }, body: { visibility: 'private' } };
    },
    criteria: async () => ({
      by: (await ledger()).by,
      query: { skillId: 'excel', level: 'working' },
    }),
    listCredentials: async () => ({ by: (await ledger()).by }),
    issueCredential: async () => ({
      by: (await ledger()).by,
      body: { skillId: 'data-cleaning', level: 'foundational' },
    }),
    revokeCredential: async () => {
      const l = await ledger();
      return { by: l.by, params: { id: l.revocable.id }, body: { reason: 'Issued by mistake' } };
    },
    setCredentialVisibility: async () => {
      const l = await ledger();
      return { by: l.by, params: { id: l.credential.id }, body: { visibility: 'public' } };
    },
    verify: async () => ({ body: { credential: (await ledger()).jwt } }),
    issuer: {},
    jwks: {},
    didDocument: {},
    // The first status list holds the ledger person's credentials.
    statusList: async () => {
      await ledger();
      return { params: { id: '1' } };
    },
    // Made public by the setCredentialVisibility sample.
    publicCredential: async () => ({ params: { id: (await ledger()).credential.id } }),
    checkpoints: async () => ({ by: (await ledger()).by, params: { handle: 'contracts-ledger' } }),
    getPortfolio: async () => ({ by: (await ledger()).by }),
    savePortfolio: async () => ({
      by: (await ledger()).by,
      body: { handle: 'contracts-ledger', headline: 'Analyst' },
    }),
    jsonResume: async () => ({ by: (await ledger()).by, query: { includePrivate: 'true' } }),
    shareLinks: async () => ({ by: (await ledger()).by }),
  },
};

beforeAll(async () => {
  // "Try the demo" answers only where the instance offers personal demo copies.
  // An https public URL without a path, so the did:web document is published too.
  app = makeTestApp(await makeTestStore(), {
    config: { demo: 'personal', publicUrl: 'https://skills.example.org' },
  });
  // The first account of an instance is its admin, so admin-only contracts answer too. Sam's
  // questions about Tableau reach the admin, who has evidence for it.
  admin = await peer('contracts-admin@example.test', 'tableau', 'sql', 'e-commerce');
  sam = await peer('contracts-sam@example.test', 'sql');
  const log = await admin.json<{ id: string }>('POST', '/api/progress/time-logs', {
    targetKind: 'other',
    startedAt: '2026-03-01T08:00:00Z',
    minutes: 15,
  });
  held.timeLogId = log.body.id;
  const brief0 = await admin.json<{ id: string; content: { rubric: { id: string }[] } }>(
    'POST',
    '/api/practice/briefs',
    { skillId: 'excel', useModel: false },
  );
  held.brief.id = brief0.body.id;
  held.selfReview.scores = brief0.body.content.rubric.map((c) => ({
    criterionId: c.id,
    score: 3,
    feedback: 'Meets the brief.',
  }));
  await admin.json('POST', `/api/practice/briefs/${held.brief.id}/submissions`, { text: 'Draft' });
  held.card.id = (
    await admin.json<{ id: string }>('POST', '/api/practice/cards', {
      skillId: 'excel',
      front: 'What does a pivot table do?',
      back: 'It summarises rows by groups.',
    })
  ).body.id;
  held.pathId = (
    await admin.json<{ id: string }>('POST', '/api/paths', { goal: { skillIds: ['excel'] } })
  ).body.id;
  const briefPost = await admin.json<{ post: { id: string } }>('POST', '/api/radar/briefs', {
    text: 'Looking for a copywriter for product descriptions.',
  });
  held.briefId = briefPost.body.post.id;
  const request = await admin.json<{ post: { id: string } }>('POST', '/api/radar/clients', {
    client: 'Fernway Ltd',
    text: 'Python scripts to merge our CSV files.',
    date: '2026-01-10',
  });
  held.clientRequestId = request.body.post.id;
  const anImport = await admin.json<{ id: string }>('POST', '/api/radar/imports', {
    format: 'jsonl',
    content: JSON.stringify({ text: 'SQL queries for a churn report' }),
  });
  held.importId = anImport.body.id;
}, 120_000);
afterAll(() => app.close());

const rows = Object.entries(CAPABILITIES).flatMap(([cap, contracts]) =>
  Object.entries(contracts as Record<string, Contract>).map(
    ([name, c]) => [`${cap}.${name}`, c, cap, name] as const,
  ),
);

type AnyCall = { by?: TestAgent; params?: Record<string, string>; query?: unknown; body?: unknown };

describe('route contracts', () => {
  it('each has a sample input', () => {
    for (const [, , cap, name] of rows) {
      const samples = SAMPLES[cap as keyof typeof SAMPLES] as Record<string, unknown>;
      expect(samples[name], `${cap}.${name}`).toBeDefined();
    }
  });

  it.each(rows)('%s: a real answer validates against the contract', async (_, c, cap, name) => {
    const sample = (SAMPLES[cap as keyof typeof SAMPLES] as Record<string, unknown>)[name] as
      | AnyCall
      | (() => Promise<AnyCall>);
    const input = typeof sample === 'function' ? await sample() : sample;
    const url = contractUrl(c, input.params, input.query as Record<string, unknown>);
    const res = await (input.by ?? admin).req(c.method.toUpperCase(), url, input.body);
    const text = await res.text();
    expect(
      [c.status ?? (c.response || c.raw ? 200 : 204), ...(c.alsoStatus ?? [])],
      text,
    ).toContain(res.status);
    // A prefix, not a pattern: `application/vc+jwt` holds a `+`.
    if (c.raw) expect(res.headers.get('content-type')?.slice(0, c.raw.length)).toBe(c.raw);
    if (!c.response) return;
    const parsed = c.response.safeParse(JSON.parse(text));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('fills path parameters and drops undefined query members', () => {
    expect(
      contractUrl(
        { path: '/api/paths/:id/steps/:stepId' },
        { id: 'a b', stepId: 's/1' },
        {
          days: 7,
          none: undefined,
        },
      ),
    ).toBe('/api/paths/a%20b/steps/s%2F1?days=7');
    expect(() => contractUrl({ path: '/api/paths/:id' })).toThrow(/missing path parameter id/);
  });
});
