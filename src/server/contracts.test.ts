import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { seedDemoEvidence } from '../domain/evidence/index.ts';
import { type Contract, type ContractInput, contractUrl } from '../shared/contracts/contract.ts';
import { evidenceContracts } from '../shared/contracts/evidence.ts';
import { importContracts } from '../shared/contracts/imports.ts';
import { modelContracts } from '../shared/contracts/model.ts';
import { pathsContracts } from '../shared/contracts/paths.ts';
import { practiceContracts } from '../shared/contracts/practice.ts';
import { progressContracts } from '../shared/contracts/progress.ts';
import { radarContracts } from '../shared/contracts/radar.ts';

// Every contract in src/shared/contracts, with an input a real call can make. A contract added
// without a sample fails the first test, so none goes unchecked.
const CAPABILITIES = {
  model: modelContracts,
  paths: pathsContracts,
  practice: practiceContracts,
  progress: progressContracts,
  radar: radarContracts,
  imports: importContracts,
  evidence: evidenceContracts,
};
// A time log the delete sample removes (made before the samples run).
const made = { timeLogId: '' };
// Records a sample names, filled in `beforeAll` (samples hold these objects, not copies).
const brief = { id: '' };
const card = { id: '' };
const path = { pathId: '' };
// The same path by `id`, one of its steps, another path to delete, a calendar link to revoke.
const pathRef = { id: '' };
const step = { id: '', stepId: '' };
const doomedPath = { id: '' };
const calendarToken = { id: '', tokenId: '' };
// Evidence records (the admin's seeded demo ledger, a story and credentials made from it).
const entry = { id: '' };
const doomedEntry = { id: '' };
const story = { id: '' };
const storyEdit: { sentences: { text: string; entryIds: string[] }[] } = { sentences: [] };
const revocable = { id: '' };
const credential = { id: '' };
const verifyBody = { credential: '' };
const selfReview: { scores: { criterionId: string; score: number; feedback: string }[] } = {
  scores: [],
};
const SAMPLES: {
  [Cap in keyof typeof CAPABILITIES]: {
    [K in keyof (typeof CAPABILITIES)[Cap]]: (typeof CAPABILITIES)[Cap][K] extends infer C extends
      Contract
      ? ContractInput<C>
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
    create: { body: { goal: { skillIds: ['sql'] } } },
    list: {},
    get: { params: pathRef, query: { version: 1 } },
    remove: { params: doomedPath },
    regenerate: { params: pathRef, body: { deadline: '2027-06-30' } },
    versions: { params: pathRef },
    diff: { params: pathRef, query: { from: 1 } },
    tickStep: { params: step, body: { done: true, minutes: 30 } },
    schedule: { params: pathRef, query: { week: '2026-03-02' } },
    createCalendarToken: { params: pathRef },
    listCalendarTokens: { params: pathRef },
    revokeCalendarToken: { params: calendarToken },
    annotations: { params: step },
    annotate: { params: step, body: { verdict: 'worked', note: 'The exercises helped.' } },
    ask: { params: step, body: { question: 'How do I build a pivot table?' } },
  },
  practice: {
    createBrief: { body: { skillId: 'sql', level: 'beginner', useModel: false } },
    listBriefs: { query: { skillId: 'sql' } },
    getBrief: { params: brief },
    submit: { params: brief, body: { text: '=SUM(B2:B9) totals the month.' } },
    listReviews: { params: brief },
    selfReview: { params: brief, body: selfReview },
    listPeerRequests: {},
    cardsFromPath: { body: path },
    answerCard: { params: card, body: { rating: 'good' } },
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
        return { id: fixtures.briefId };
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
        return { id: fixtures.clientRequestId };
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
        return { id: fixtures.clientRequestId };
      },
    },
    listFeeds: {},
    confirmSkills: { body: { skills: [{ skillId: 'sql', level: 3 }] } },
  },
  progress: {
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
        return { id: made.timeLogId };
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
    // The id of an import made in beforeAll.
    get: { params: { id: '' } },
  },
  evidence: {
    listEntries: { query: { skillId: 'excel' } },
    record: {
      body: {
        kind: 'artifact',
        title: 'Cleaned sales workbook',
        skills: ['excel', 'data-cleaning'],
      },
    },
    verifyLedger: {},
    getEntry: { params: entry },
    deleteEntry: { params: doomedEntry },
    setVisibility: { params: entry, body: { visibility: 'public' } },
    confirmationLink: { params: entry, body: { clientName: 'Acme' } },
    listStories: {},
    draftStory: { body: { skillId: 'data-cleaning' } },
    editStory: { params: story, body: storyEdit },
    approveStory: { params: story, body: { visibility: 'private' } },
    criteria: { query: { skillId: 'excel', level: 'working' } },
    listCredentials: {},
    issueCredential: { body: { skillId: 'data-cleaning', level: 'foundational' } },
    revokeCredential: { params: revocable, body: { reason: 'Issued by mistake' } },
    setCredentialVisibility: { params: credential, body: { visibility: 'public' } },
    verify: { body: verifyBody },
    issuer: {},
    jwks: {},
    didDocument: {},
    checkpoints: { params: { handle: 'contracts-admin' } },
    getPortfolio: {},
    savePortfolio: { body: { handle: 'contracts-admin', headline: 'Analyst' } },
    jsonResume: { query: { includePrivate: 'true' } },
    shareLinks: {},
  },
};

// Records that samples with path parameters act on, made before the contracts run.
const fixtures = { briefId: '', clientRequestId: '' };

let app: App;
let admin: TestAgent;
beforeAll(async () => {
  // An https public URL without a path, so the did:web document is published too.
  app = makeTestApp(await makeTestStore(), { config: { publicUrl: 'https://skills.example.org' } });
  admin = new TestAgent(app);
  // The first account of an instance is its admin, so admin-only contracts answer too.
  const adminUser = await admin.signUp('contracts-admin@example.test');
  await seedDemoEvidence(app.ctx, adminUser.id, { handle: 'contracts-admin' });
  // Drafted before other entries exist, so its sentences cite only the seeded ledger.
  const drafted = await admin.json<{ id: string } & typeof storyEdit>('POST', '/api/stories', {
    skillId: 'excel',
  });
  story.id = drafted.body.id;
  storyEdit.sentences = drafted.body.sentences;
  const made0 = async (title: string) =>
    (
      await admin.json<{ id: string }>('POST', '/api/evidence', {
        kind: 'client_project',
        title,
        skills: ['excel'],
      })
    ).body.id;
  entry.id = await made0('Shop audit');
  doomedEntry.id = await made0('Draft to delete');
  const issue = async (level: string) =>
    (await admin.json<{ id: string }>('POST', '/api/credentials', { skillId: 'excel', level })).body
      .id;
  revocable.id = await issue('working');
  credential.id = await issue('foundational');
  verifyBody.credential = await (
    await admin.req('GET', `/api/credentials/${credential.id}/download?format=jwt`)
  ).text();
  const log = await admin.json<{ id: string }>('POST', '/api/progress/time-logs', {
    targetKind: 'other',
    startedAt: '2026-03-01T08:00:00Z',
    minutes: 15,
  });
  made.timeLogId = log.body.id;
  const brief0 = await admin.json<{ id: string; content: { rubric: { id: string }[] } }>(
    'POST',
    '/api/practice/briefs',
    { skillId: 'excel', useModel: false },
  );
  brief.id = brief0.body.id;
  selfReview.scores = brief0.body.content.rubric.map((c) => ({
    criterionId: c.id,
    score: 3,
    feedback: 'Meets the brief.',
  }));
  await admin.json('POST', `/api/practice/briefs/${brief.id}/submissions`, { text: 'Draft' });
  card.id = (
    await admin.json<{ id: string }>('POST', '/api/practice/cards', {
      skillId: 'excel',
      front: 'What does a pivot table do?',
      back: 'It summarises rows by groups.',
    })
  ).body.id;
  const path0 = await admin.json<{ id: string; plan: { steps: { id: string }[] } }>(
    'POST',
    '/api/paths',
    { goal: { skillIds: ['excel'] } },
  );
  path.pathId = pathRef.id = step.id = calendarToken.id = path0.body.id;
  step.stepId = path0.body.plan.steps[0]?.id ?? '';
  doomedPath.id = (
    await admin.json<{ id: string }>('POST', '/api/paths', { goal: { skillIds: ['tableau'] } })
  ).body.id;
  calendarToken.tokenId = (
    await admin.json<{ id: string }>('POST', `/api/paths/${pathRef.id}/calendar-tokens`)
  ).body.id;
  const briefPost = await admin.json<{ post: { id: string } }>('POST', '/api/radar/briefs', {
    text: 'Looking for a copywriter for product descriptions.',
  });
  fixtures.briefId = briefPost.body.post.id;
  const request = await admin.json<{ post: { id: string } }>('POST', '/api/radar/clients', {
    client: 'Fernway Ltd',
    text: 'Python scripts to merge our CSV files.',
    date: '2026-01-10',
  });
  fixtures.clientRequestId = request.body.post.id;
  const anImport = await admin.json<{ id: string }>('POST', '/api/radar/imports', {
    format: 'jsonl',
    content: JSON.stringify({ text: 'SQL queries for a churn report' }),
  });
  SAMPLES.imports.get.params = { id: anImport.body.id };
});
afterAll(() => app.close());

type Input = { params?: Record<string, string>; query?: unknown; body?: unknown } | undefined;

const rows = Object.entries(CAPABILITIES).flatMap(([cap, contracts]) =>
  Object.entries(contracts as Record<string, Contract>).map(
    ([name, c]) => [`${cap}.${name}`, c, cap, name] as const,
  ),
);

describe('route contracts', () => {
  it('each has a sample input', () => {
    for (const [, , cap, name] of rows) {
      const samples = SAMPLES[cap as keyof typeof SAMPLES] as Record<string, unknown>;
      expect(samples[name], `${cap}.${name}`).toBeDefined();
    }
  });

  it.each(rows)('%s: a real answer validates against the contract', async (_, c, cap, name) => {
    const input = (SAMPLES[cap as keyof typeof SAMPLES] as unknown as Record<string, Input>)[name];
    const url = contractUrl(c, input?.params, input?.query as Record<string, unknown>);
    const res = await admin.req(c.method.toUpperCase(), url, input?.body);
    const text = await res.text();
    expect([c.status ?? (c.response ? 200 : 204), ...(c.alsoStatus ?? [])], text).toContain(
      res.status,
    );
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
