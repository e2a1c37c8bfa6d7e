import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { type Contract, type ContractInput, contractUrl } from '../shared/contracts/contract.ts';
import { importContracts } from '../shared/contracts/imports.ts';
import { modelContracts } from '../shared/contracts/model.ts';
import { pathsContracts } from '../shared/contracts/paths.ts';
import { practiceContracts } from '../shared/contracts/practice.ts';
import { radarContracts } from '../shared/contracts/radar.ts';

// Every contract in src/shared/contracts, with an input a real call can make. A contract added
// without a sample fails the first test, so none goes unchecked.
const CAPABILITIES = {
  model: modelContracts,
  paths: pathsContracts,
  practice: practiceContracts,
  radar: radarContracts,
  imports: importContracts,
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
  },
  practice: {
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
    confirmSkills: { body: { skills: [{ skillId: 'sql', level: 3 }] } },
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
};

let app: App;
let admin: TestAgent;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  admin = new TestAgent(app);
  // The first account of an instance is its admin, so admin-only contracts answer too.
  await admin.signUp('contracts-admin@example.test');
  const made = await admin.json<{ id: string }>('POST', '/api/radar/imports', {
    format: 'jsonl',
    content: JSON.stringify({ text: 'SQL queries for a churn report' }),
  });
  SAMPLES.imports.get.params = { id: made.body.id };
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
    expect(res.status, text).toBe(c.status ?? (c.response ? 200 : 204));
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
