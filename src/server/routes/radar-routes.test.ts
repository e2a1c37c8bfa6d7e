import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/shared-data.ts';
import { makeTestApp, signedUp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';

let app: App;
let alice: TestAgent;
let bob: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  alice = await signedUp(app, 'alice-radar@example.com', 'Alice');
  bob = await signedUp(app, 'bob-radar@example.com', 'Bob');
});
afterAll(() => app.close());

type Rec = {
  id: string;
  status: string;
  total: number;
  processed: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  errors: { row: number; field?: string; message: string }[];
};

const FILLER = [
  'Our team is small and moves fast.',
  'We sell handmade ceramics online.',
  'The project starts in two weeks.',
  'Please describe a similar project you delivered.',
  'We value clear written communication.',
  'Budget is flexible for the right person.',
  'You will work with our operations lead.',
  'Time zone overlap with Europe helps.',
  'This could become a retainer.',
  'We are based in Lisbon and work remotely.',
  'Our previous freelancer moved on.',
  'Expect a kickoff call and weekly check-ins.',
];

/** A distinct post text: a skill sentence among fillers picked by `i`. */
function post(i: number, skillSentence: string): string {
  const f = (k: number) => FILLER[(i * 5 + k * 7) % FILLER.length];
  return `Request ${i}: ${f(0)} ${skillSentence} ${f(1)} ${f(2)} Reference code Q${i * 7919}.`;
}

describe('radar imports', () => {
  it('keeps valid CSV rows, reports bad ones by row and field, and re-import adds nothing', async () => {
    const csv = [
      'title,description,date,budget,company,url',
      'Excel report,Build pivot tables in Microsoft Excel for monthly sales,2026-01-10,$300,Acme,https://jobs.example.com/1',
      'Broken,Tableau dashboard for the sales team,not-a-date,,,',
      'Dashboards,Power BI report with DAX measures for finance,2026-02-11,,Beta,',
      'Link,SQL queries for churn,2026-02-12,,,mailto:x@example.com',
    ].join('\n');
    const first = await alice.json<Rec>('POST', '/api/radar/imports', {
      format: 'csv',
      content: csv,
      fileName: 'jobs.csv',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'done',
      total: 4,
      processed: 4,
      added: 2,
      duplicates: 0,
    });
    expect(first.body.errors).toEqual([
      { row: 2, field: 'date', message: expect.stringContaining('not a date') },
      { row: 4, field: 'url', message: expect.stringContaining('http(s)') },
    ]);
    const again = await alice.json<Rec>('POST', '/api/radar/imports', {
      format: 'csv',
      content: csv,
    });
    expect(again.body).toMatchObject({ added: 0, duplicates: 2 });
    const status = await alice.json<Rec>('GET', `/api/radar/imports/${first.body.id}`);
    expect(status.body).toMatchObject({ id: first.body.id, processed: 4, total: 4 });
    expect((await bob.json('GET', `/api/radar/imports/${first.body.id}`)).status).toBe(404);
    const posts = await alice.json<{
      total: number;
      posts: { title: string; skills: { skillId: string }[] }[];
    }>('GET', '/api/radar/posts?source=import');
    expect(posts.body.total).toBe(2);
    const dash = posts.body.posts.find((p) => p.title === 'Dashboards');
    expect(dash?.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(['power-bi', 'dax']));
  });

  it('imports JSON and JSON Lines and skips near-duplicates in the file and against stored posts', async () => {
    const a = post(1, 'We need a Looker Studio dashboard fed from Google Sheets.');
    const json = JSON.stringify([
      { title: 'Looker', text: a, date: '2026-02-01' },
      { title: 'Looker again', text: `${a} Thanks!`, date: '2026-02-02' },
      'not an object',
    ]);
    const r = await alice.json<Rec>('POST', '/api/radar/imports', {
      format: 'json',
      content: json,
    });
    expect(r.body).toMatchObject({ added: 1, nearDuplicates: 1 });
    expect(r.body.errors).toEqual([{ row: 3, message: expect.stringContaining('not an object') }]);
    const jsonl = [
      JSON.stringify({ headline: 'Repost', body: `Reposted: ${a}` }),
      '{oops',
      JSON.stringify({
        headline: 'New',
        body: post(2, 'Clean our CRM export with Python pandas.'),
      }),
    ].join('\n');
    const l = await alice.json<Rec>('POST', '/api/radar/imports', {
      format: 'jsonl',
      content: jsonl,
      mapping: { title: 'headline', text: 'body' },
    });
    expect(l.body).toMatchObject({ total: 3, added: 1, nearDuplicates: 1 });
    expect(l.body.errors).toEqual([{ row: 2, message: expect.stringContaining('not valid JSON') }]);
  });

  it('accepts a multipart upload', async () => {
    const form = new FormData();
    form.set(
      'file',
      new File(
        [`text,date\n"${post(3, 'Write dbt models on BigQuery.')}",2026-01-20\n`],
        'posts.csv',
      ),
    );
    const res = await app.http.request('/api/radar/imports/upload', {
      method: 'POST',
      body: form,
      headers: { cookie: alice.cookie ?? '', 'x-csrf-token': alice.csrf ?? '' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ format: 'csv', fileName: 'posts.csv', added: 1 });
  });

  it('reads an upload that is not UTF-8 as Windows-1252 and says so, losing no letter', async () => {
    // "Café menu redesign in Figma" as Excel's "CSV" saves it: é is the single byte 0xE9.
    const head = new TextEncoder().encode('text,date\n"Caf');
    const tail = new TextEncoder().encode(
      ' menu redesign in Figma for a bistro chain",2026-01-21\n',
    );
    const bytes = new Uint8Array([...head, 0xe9, ...tail]);
    const form = new FormData();
    form.set('file', new File([bytes], 'latin.csv'));
    const res = await app.http.request('/api/radar/imports/upload', {
      method: 'POST',
      body: form,
      headers: { cookie: alice.cookie ?? '', 'x-csrf-token': alice.csrf ?? '' },
    });
    expect(res.status).toBe(201);
    const rec = (await res.json()) as { added: number; warnings: string[] };
    expect(rec.added).toBe(1);
    expect(rec.warnings[0]).toMatch(/not UTF-8.*Windows-1252/);
    const posts = await alice.json<{ posts: { text: string }[] }>('GET', '/api/radar/posts');
    expect(posts.body.posts.map((p) => p.text)).toContain(
      'Café menu redesign in Figma for a bistro chain',
    );
  });

  it('stores a pasted brief once and deletes posts only for their owner', async () => {
    const text =
      'Need a freelancer to automate our Google Sheets with Apps Script and build a Tableau dashboard.';
    const r = await alice.json<{
      status: string;
      post: { id: string; skills: { skillId: string }[] };
    }>('POST', '/api/radar/briefs', { text, client: 'Gamma' });
    expect(r.status).toBe(201);
    expect(r.body.post.skills.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['google-sheets', 'tableau']),
    );
    const dup = await alice.json<{ status: string }>('POST', '/api/radar/briefs', {
      text: `  ${text.toUpperCase()} `,
    });
    expect(dup.body.status).toBe('duplicate');
    expect((await bob.req('DELETE', `/api/radar/posts/${r.body.post.id}`)).status).toBe(404);
    expect((await alice.req('DELETE', `/api/radar/posts/${r.body.post.id}`)).status).toBe(204);
  });

  it('extracts skills with spans for highlighting', async () => {
    const text = 'Excellent communication; build Power BI reports.';
    const r = await alice.json<{
      skills: { skillId: string; spans: { start: number; end: number; text: string }[] }[];
    }>('POST', '/api/radar/extract', { text });
    const pbi = r.body.skills.find((s) => s.skillId === 'power-bi');
    expect(pbi?.spans[0]).toEqual({ start: 31, end: 39, text: 'Power BI' });
    expect(r.body.skills.map((s) => s.skillId)).not.toContain('excel');
    // The endpoint answers exactly what a stored brief keeps (same taxonomy, floor and rules).
    const req = 'Translate our website, then build Power BI reports in SQL.';
    const brief = await alice.json<{ post: { skills: { skillId: string }[] } }>(
      'POST',
      '/api/radar/briefs',
      { text: req },
    );
    const ex = await alice.json<{ skills: { skillId: string; name: string }[] }>(
      'POST',
      '/api/radar/extract',
      { text: req },
    );
    expect(ex.body.skills.map((s) => s.skillId).sort()).toEqual(
      brief.body.post.skills.map((s) => s.skillId).sort(),
    );
    expect(ex.body.skills.map((s) => s.skillId)).toContain('translation');
    expect(ex.body.skills.every((s) => s.name.length > 0)).toBe(true);
  });
});

describe('radar insight', () => {
  let carol: TestAgent;
  beforeAll(async () => {
    carol = new TestAgent(app);
    await carol.signUp('carol-radar@example.com', 'Carol');
    const requests = [
      [
        'Shopline',
        'Monthly sales workbook in Excel with pivot tables and VLOOKUP formulas.',
        '2025-10-05',
      ],
      ['Shopline', 'Build a Tableau dashboard of our sales by region.', '2025-12-01'],
      ['Fernway', 'Basic Python scripts to rename and merge our CSV files.', '2026-02-15'],
    ];
    for (const [client, text, date] of requests) {
      const r = await carol.json('POST', '/api/radar/clients', { client, text, date });
      expect(r.status).toBe(201);
    }
    // 6 months of market posts: Excel VBA fading, Power BI growing, one lone Rust post.
    const rows: { text: string; date: string }[] = [];
    const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
    months.forEach((m, mi) => {
      for (let i = 0; i < 20; i += 1) {
        const n = mi * 20 + i;
        const recent = mi >= 3;
        const parts = [];
        if ((!recent && i < 10) || (recent && i === 0))
          parts.push('Maintain our Excel VBA macros.');
        if ((recent && i >= 8) || (!recent && i < 2))
          parts.push('Build Power BI reports with DAX.');
        if (parts.length === 0) parts.push('Write SQL queries for our reports.');
        rows.push({ text: post(100 + n, parts.join(' ')), date: `${m}-0${1 + (i % 2)}` });
      }
    });
    rows.push({
      text: post(999, 'A small Rust programming task for a CLI tool.'),
      date: '2026-03-01',
    });
    const content = rows.map((r) => JSON.stringify(r)).join('\n');
    const imp = await carol.json<Rec>('POST', '/api/radar/imports', { format: 'jsonl', content });
    expect(imp.body).toMatchObject({ added: 121, nearDuplicates: 0, duplicates: 0 });
  });

  it('finds rising and falling skills and does not treat a one-post spike as news', async () => {
    const r = await carol.json<{
      rising: string[];
      falling: string[];
      skills: { skillId: string; direction: string; recent: number; previous: number }[];
      months: string[];
    }>('GET', '/api/radar/trends?months=6');
    expect(r.status).toBe(200);
    expect(r.body.months).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(r.body.rising).toContain('power-bi');
    expect(r.body.falling).toContain('excel-vba');
    const rust = r.body.skills.find((s) => s.skillId === 'rust-language');
    expect(rust).toMatchObject({ recent: 1, direction: 'insufficient' });
    expect(r.body.rising).not.toContain('rust-language');
    const data = await carol.json<{ skills: { skillId: string }[] }>(
      'GET',
      '/api/radar/trends?months=6&domain=data',
    );
    expect(data.body.skills.every((s) => !['rust-language'].includes(s.skillId))).toBe(true);
  });

  it('groups client-requested skills into the Data Analytics Consultant trajectory, naming missing core skills', async () => {
    const r = await carol.json<{
      trajectories: {
        roleId: string;
        coreCovered: number;
        coreTotal: number;
        covered: { skillId: string }[];
        missingCore: { skillId: string; name: string }[];
        support: { postId: string; title: string }[];
        summary: string;
      }[];
    }>('GET', '/api/radar/trajectories');
    const top = r.body.trajectories[0];
    expect(top?.roleId).toBe('data-analytics-consultant');
    expect(top?.covered.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['excel', 'tableau', 'python']),
    );
    // Data visualisation is the broader skill of the Tableau work the clients asked for.
    expect(top?.covered.map((s) => s.skillId)).toContain('data-visualisation');
    expect(top?.coreCovered).toBe(4);
    expect(top?.missingCore.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['sql', 'data-cleaning']),
    );
    expect(top?.summary).toMatch(/^Data Analytics Consultant: 4 of \d+ core skills .*missing SQL/);
    // Only roles with at least two covered skills are directions; each cites its requests.
    expect(r.body.trajectories.length).toBeGreaterThanOrEqual(2);
    for (const t of r.body.trajectories) expect(t.covered.length).toBeGreaterThanOrEqual(2);
    expect(top?.support.length).toBeGreaterThan(0);
    expect(top?.summary).toMatch(/supported by \d+ client request/);
  });

  it('analyses the gap to a role with levels, demand and hours', async () => {
    await carol.json('PUT', '/api/profile', {
      skills: [
        { skillId: 'excel', level: 4 },
        { skillId: 'tableau', level: 2 },
      ],
      targetRoles: ['data-analytics-consultant'],
    });
    const g = await carol.json<{
      chosenBy: string;
      items: {
        skillId: string;
        heldLevel: number;
        requiredLevel: number;
        gap: number;
        hoursToLearn: number;
        hoursToWorking: number;
        clientRequests: number;
      }[];
    }>('GET', '/api/radar/gap');
    expect(g.body.chosenBy).toBe('profile');
    const by = new Map(g.body.items.map((i) => [i.skillId, i]));
    expect(by.get('excel')).toMatchObject({
      heldLevel: 4,
      gap: 0,
      hoursToLearn: 0,
      clientRequests: 1,
    });
    // Self-rated 2, but delivered for a client ("Build a Tableau dashboard"): held, applied level.
    const tableau = by.get('tableau');
    expect(tableau).toMatchObject({ heldLevel: 3, requiredLevel: 3, gap: 0, hoursToLearn: 0 });
    expect(by.get('sql')).toMatchObject({
      heldLevel: 0,
      gap: 3,
      hoursToLearn: by.get('sql')?.hoursToWorking,
    });
    expect((await carol.json('GET', '/api/radar/gap?role=no-such-role')).status).toBe(404);
  });

  it('ranks what to learn next deterministically, with weights, numbers and reasons', async () => {
    const r = await carol.json<{
      targetRole: string;
      weights: Record<string, number>;
      items: {
        rank: number;
        skillId: string;
        score: number;
        reasons: string[];
        factors: { name: string; weight: number; value: number; contribution: number }[];
        numbers: { trend: string };
      }[];
    }>('GET', '/api/radar/learn-next?limit=30');
    expect(r.body.targetRole).toBe('data-analytics-consultant');
    expect(r.body.weights).toMatchObject({ demand: 0.3, obsolescence: -0.2 });
    const items = r.body.items;
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.score > b.score || (a.score === b.score && a.skillId < b.skillId)).toBe(true);
    }
    expect(items.map((i) => i.skillId)).not.toContain('excel');
    const vba = items.find((i) => i.skillId === 'excel-vba');
    const pbi = items.find((i) => i.skillId === 'power-bi');
    expect(vba?.numbers.trend).toBe('falling');
    expect(vba?.reasons.join(' ')).toMatch(/Demand is falling/);
    expect(pbi?.reasons.join(' ')).toMatch(/rising/);
    expect(items.indexOf(pbi!)).toBeLessThan(items.indexOf(vba!));
    // Delivered for clients (Python scripts, a Tableau dashboard): held, never advised.
    expect(items.map((i) => i.skillId)).not.toContain('python');
    expect(items.map((i) => i.skillId)).not.toContain('tableau');
    const sql = items.find((i) => i.skillId === 'sql');
    expect(sql?.reasons.join(' ')).toMatch(/Core skill of Data Analytics Consultant/);
    const sum = sql!.factors.reduce((s, f) => s + f.contribution, 0);
    expect(sql!.score).toBeCloseTo(sum, 3);
    const again = await carol.json<typeof r.body>('GET', '/api/radar/learn-next?limit=30');
    expect(again.body).toEqual(r.body);
  });

  it('lets a client request be edited and removed by its owner only', async () => {
    const list = await carol.json<{ posts: { id: string; text: string }[] }>(
      'GET',
      '/api/radar/clients',
    );
    const target = list.body.posts.find((p) => p.text.startsWith('Basic Python'))!;
    expect(
      (
        await bob.json('PUT', `/api/radar/clients/${target.id}`, {
          client: 'X',
          text: 'y',
          date: '2026-01-01',
        })
      ).status,
    ).toBe(404);
    const upd = await carol.json<{ skills: { skillId: string }[]; client: string }>(
      'PUT',
      `/api/radar/clients/${target.id}`,
      {
        client: 'Fernway Ltd',
        text: 'Basic Python scripts and SQL queries to merge our CSV files.',
        date: '2026-02-15',
      },
    );
    expect(upd.status).toBe(200);
    expect(upd.body.skills.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['python', 'sql']),
    );
    expect((await bob.req('DELETE', `/api/radar/clients/${target.id}`)).status).toBe(404);
  });
});

describe('onboarding', () => {
  it('suggests skills from the JSON Resume sample and merges confirmed ones into the profile', async () => {
    const resume = JSON.parse(readFileSync(sharedData('standards/jsonresume-sample.json'), 'utf8'));
    const dave = new TestAgent(app);
    await dave.signUp('dave-radar@example.com', 'Dave');
    const r = await dave.json<{
      suggestions: {
        skillId: string;
        suggestedLevel: number;
        evidence: { field: string; span: { text: string } }[];
      }[];
    }>('POST', '/api/radar/onboarding/suggest', { resume });
    expect(r.status).toBe(200);
    const by = new Map(r.body.suggestions.map((s) => [s.skillId, s]));
    expect(by.get('html')).toMatchObject({ suggestedLevel: 5 });
    expect(by.get('html')?.evidence[0]).toMatchObject({
      field: 'skills.0.keywords.0',
      span: { text: 'HTML' },
    });
    expect(by.get('javascript')?.suggestedLevel).toBe(5);
    expect(by.get('sql')).toMatchObject({ suggestedLevel: 2 });
    expect(by.get('sql')?.evidence[0]?.field).toBe('education.0.courses.0');
    const before = await dave.json<{ skills: unknown[] }>('GET', '/api/profile');
    expect(before.body.skills).toEqual([]);
    const c = await dave.json<{ skills: { skillId: string; level: number }[] }>(
      'POST',
      '/api/radar/onboarding/confirm',
      {
        skills: [
          { skillId: 'html', level: 5 },
          { skillId: 'sql', level: 2 },
        ],
      },
    );
    expect(c.status).toBe(200);
    expect(c.body.skills).toEqual([
      { skillId: 'html', level: 5 },
      { skillId: 'sql', level: 2 },
    ]);
    expect(
      (
        await dave.json('POST', '/api/radar/onboarding/confirm', {
          skills: [{ skillId: 'not-a-skill', level: 2 }],
        })
      ).status,
    ).toBe(400);
  });

  it('suggests skills from a pasted CV', async () => {
    const r = await alice.json<{ suggestions: { skillId: string }[] }>(
      'POST',
      '/api/radar/onboarding/suggest',
      { cvText: 'Data analyst.\n\nBuilt Tableau dashboards and wrote SQL for five years.' },
    );
    expect(r.body.suggestions.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['tableau', 'sql']),
    );
  });
});
