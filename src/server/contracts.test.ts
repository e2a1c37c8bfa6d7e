import '../../test/no-internet.ts';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agent,
  brief,
  card,
  circleOf,
  clientRequest,
  excelPath,
  exchange,
  FAKE_MODEL,
  FEED,
  feed,
  feedUrl,
  ledger,
  OB3_JSON,
  ok,
  PASSWORD,
  type Person,
  path,
  peer,
  peerShare,
  questionToAdmin,
  share,
  step,
  world,
} from '../../test/contract-fixtures.ts';
import { type FakeLlmServer, startFakeLlmServer } from '../../test/fake-llm-server.ts';
import { fakeModel } from '../../test/fake-model-modes.ts';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
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
// without a sample fails the first test, so none goes unchecked. The records samples need are
// made by fixtures memoised with `once` the first time a sample asks (test/contract-fixtures.ts;
// beforeAll only starts the app and signs up the admin and Sam); the rows run in order, so a
// later sample may find what an earlier one changed.
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

/**
 * One call: the contract's input, made by `by` (default: the admin who signed up first);
 * `form` is the multipart body of a contract that reads a form rather than JSON.
 */
type Call<C extends Contract> = ContractInput<C> & { by?: TestAgent; form?: FormData };
/** A sample is a call, or a function that prepares what the call needs and returns it. */
type Sample<C extends Contract> = Call<C> | (() => Promise<Call<C>>);

let app: App;
let fake: FakeLlmServer;
let feedServer: Server;
let admin: Person;
let sam: Person;

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
    get: async () => ({ params: { id: (await excelPath()).id }, query: { version: 1 } }),
    remove: async () => ({
      params: {
        id: (
          await ok<{ id: string }>(admin, 'POST', '/api/paths', { goal: { skillIds: ['tableau'] } })
        ).id,
      },
    }),
    regenerate: async () => ({
      params: { id: (await excelPath()).id },
      body: { deadline: '2027-06-30' },
    }),
    versions: async () => ({ params: { id: (await excelPath()).id } }),
    diff: async () => ({ params: { id: (await excelPath()).id }, query: { from: 1 } }),
    tickStep: async () => ({ params: await step(), body: { done: true, minutes: 30 } }),
    schedule: async () => ({
      params: { id: (await excelPath()).id },
      query: { week: '2026-03-02' },
    }),
    createCalendarToken: async () => ({ params: { id: (await excelPath()).id } }),
    listCalendarTokens: async () => ({ params: { id: (await excelPath()).id } }),
    revokeCalendarToken: async () => {
      const { id } = await excelPath();
      const t = await ok<{ id: string }>(admin, 'POST', `/api/paths/${id}/calendar-tokens`);
      return { params: { id, tokenId: t.id } };
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
    getBrief: async () => ({ params: { id: (await brief()).id } }),
    submit: async () => ({
      params: { id: (await brief()).id },
      body: { text: '=SUM(B2:B9) totals the month.' },
    }),
    listReviews: async () => ({ params: { id: (await brief()).id } }),
    selfReview: async () => {
      const { id, scores } = await brief();
      return { params: { id }, body: { scores } };
    },
    aiReview: async () => {
      const a = await agent('contracts-ai-review@example.test');
      await ok(a, 'PUT', '/api/settings/model', { ...FAKE_MODEL, baseUrl: fake.baseUrl }, 200);
      const b = await ok<{ id: string }>(a, 'POST', '/api/practice/briefs', {
        skillId: 'excel',
        useModel: false,
      });
      await ok(a, 'POST', `/api/practice/briefs/${b.id}/submissions`, {
        text: 'I cleaned 1,200 rows and built a pivot table of monthly sales.',
      });
      return { by: a, params: { id: b.id }, body: {} };
    },
    share: async () => ({ params: { id: (await brief()).id }, body: { reviewerUserId: sam.id } }),
    listPeerRequests: {},
    getPeerRequest: async () => ({ by: sam, params: { token: (await peerShare()).token } }),
    answerPeerRequest: async () => ({
      by: sam,
      params: { token: (await peerShare()).token },
      body: { scores: (await brief()).scores },
    }),
    cardsFromPath: async () => ({ body: { pathId: (await excelPath()).id } }),
    answerCard: async () => ({ params: { id: (await card()).id }, body: { rating: 'good' } }),
    getScaffold: { query: { skillId: 'sql' } },
    setScaffold: { body: { skillId: 'sql', override: 'hints' } },
    reviewQueue: {},
    addCard: { body: { skillId: 'sql', front: 'What does GROUP BY do?', back: 'It groups rows.' } },
    listCredentials: {},
    importCredential: { body: { content: OB3_JSON, certificationId: 'scrum-psm-1' } },
    deleteCredential: async () => ({
      params: {
        id: (
          await ok<{ id: string }>(admin, 'POST', '/api/practice/credentials', {
            content: OB3_JSON,
          })
        ).id,
      },
    }),
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
    deletePost: async () => {
      const b = await ok<{ post: { id: string } }>(admin, 'POST', '/api/radar/briefs', {
        text: 'A landing page in Webflow for our bakery.',
      });
      return { params: { id: b.post.id } };
    },
    // A brief posted twice: the duplicate answers 200 (an alternative status).
    addBrief: async () => {
      const text = 'Looking for a copywriter for product descriptions.';
      await ok(admin, 'POST', '/api/radar/briefs', { text });
      return { body: { text } };
    },
    listClients: { query: { limit: 5 } },
    addClient: {
      body: {
        client: 'Harbour Co',
        text: 'Tableau dashboard of stock levels.',
        date: '2026-02-01',
      },
    },
    updateClient: async () => ({
      params: { id: (await clientRequest()).post.id },
      body: {
        client: 'Fernway Ltd',
        text: 'Build a Tableau dashboard of weekly sales.',
        date: '2026-02-15',
        status: 'declined',
      },
    }),
    deleteClient: async () => ({ params: { id: (await clientRequest()).post.id } }),
    listFeeds: {},
    addFeed: async () => ({ body: { url: feedUrl('added'), intervalMinutes: 120 } }),
    updateFeed: async () => ({
      params: { id: (await feed('updated')).id },
      body: { title: 'Renamed', enabled: false },
    }),
    deleteFeed: async () => ({ params: { id: (await feed('deleted')).id } }),
    pollFeed: async () => ({ params: { id: (await feed('polled')).id } }),
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
    deleteTimeLog: async () => {
      const log = await ok<{ id: string }>(admin, 'POST', '/api/progress/time-logs', {
        targetKind: 'other',
        startedAt: '2026-03-01T08:00:00Z',
        minutes: 15,
      });
      return { params: { id: log.id } };
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
    upload: async () => {
      const form = new FormData();
      const csv = 'title,text,date\nDeck,Build a pitch deck in PowerPoint,2026-01-12\n';
      form.set('file', new File([csv], 'posts.csv', { type: 'text/csv' }));
      form.set('source', 'client');
      return { form };
    },
    list: {},
    get: async () => {
      // A small import finishes at once (201); a queued one (202) is as good to read.
      const r = await admin.json<{ id: string }>('POST', '/api/radar/imports', {
        format: 'jsonl',
        content: JSON.stringify({ text: 'SQL queries for a churn report' }),
      });
      expect([201, 202]).toContain(r.status);
      return { params: { id: r.body.id } };
    },
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
    attachment: async () => {
      const l = await ledger();
      const entry = await ok<{ id: string; attachments: { id: string }[] }>(
        l.by,
        'POST',
        '/api/evidence',
        {
          kind: 'artifact',
          title: 'Cleaning notes',
          skills: ['excel'],
          attachments: [
            {
              name: 'notes.csv',
              contentBase64: Buffer.from('row,total\n1,12\n').toString('base64'),
            },
          ],
        },
      );
      return { by: l.by, params: { id: entry.id, attachmentId: entry.attachments[0]!.id } };
    },
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
    downloadCredential: async () => {
      const l = await ledger();
      return { by: l.by, params: { id: l.credential.id }, query: { format: 'json' } };
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
  // A model and a job feed on this machine, which private addresses allowed let samples use.
  fake = await startFakeLlmServer();
  fake.setMode(fakeModel('faithful'));
  feedServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/feed+json' }).end(FEED),
  );
  await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
  // "Try the demo" answers only where the instance offers personal demo copies.
  // An https public URL without a path, so the did:web document is published too.
  app = makeTestApp(await makeTestStore(), {
    config: {
      demo: 'personal',
      publicUrl: 'https://skills.example.org',
      allowPrivateNetwork: true,
    },
  });
  Object.assign(world, { app, fake, feedServer });
  // The first account of an instance is its admin, so admin-only contracts answer too. Sam's
  // questions about Tableau reach the admin, who has evidence for it.
  admin = await peer('contracts-admin@example.test', 'tableau', 'sql', 'e-commerce');
  sam = await peer('contracts-sam@example.test', 'sql');
  Object.assign(world, { admin, sam });
}, 120_000);
afterAll(async () => {
  await app.close();
  await fake.close();
  await new Promise((r) => feedServer.close(r));
});

const rows = Object.entries(CAPABILITIES).flatMap(([cap, contracts]) =>
  Object.entries(contracts as Record<string, Contract>).map(
    ([name, c]) => [`${cap}.${name}`, c, cap, name] as const,
  ),
);

type AnyCall = {
  by?: TestAgent;
  params?: Record<string, string>;
  query?: unknown;
  body?: unknown;
  form?: FormData;
};

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
    const res = await (input.by ?? admin).req(
      c.method.toUpperCase(),
      url,
      input.form ?? input.body,
    );
    const text = await res.text();
    expect(
      [c.status ?? (c.response || c.raw ? 200 : 204), ...(c.alsoStatus ?? [])],
      text,
    ).toContain(res.status);
    // Prefixes, not patterns: `application/vc+jwt` holds a `+`.
    if (c.raw) {
      const type = res.headers.get('content-type') ?? '';
      expect(
        [c.raw].flat().filter((t) => type.startsWith(t)),
        type,
      ).not.toEqual([]);
    }
    if (!c.response) return;
    const parsed = c.response.safeParse(JSON.parse(text));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('declares every route of the app, except the HTML pages, as a contract', () => {
    const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
    const contracts = new Set(rows.map(([, c]) => c));
    const plain = app.routes.filter((r) => !contracts.has(r as Contract)).map(key);
    // Pages a browser opens (HTML, and a public entry's files), not API calls.
    expect(plain.sort()).toEqual([
      'GET /achievements/:skillId/:level',
      'GET /confirm/:token',
      'GET /evidence/:id',
      'GET /evidence/:id/files/:attachmentId',
      'GET /p/:handle',
      'GET /signin-link',
      'GET /verify',
      'POST /confirm/:token',
      'POST /signin-link',
      'POST /verify',
    ]);
    expect(new Set(app.routes.map(key)).size).toBe(app.routes.length);
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
