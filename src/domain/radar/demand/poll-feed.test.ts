import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, TestAgent } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { createLocalJobSystem } from '../../../jobs/local-job-system.ts';
import { registerJobs } from '../../../jobs/register-jobs.ts';

const item = (n: number, skill: string) => `
  <item>
    <title>Job ${n}: ${skill}</title>
    <link>https://jobs.example.com/${n}</link>
    <guid>job-${n}</guid>
    <pubDate>Mon, 0${n} Feb 2026 10:00:00 GMT</pubDate>
    <description><![CDATA[<p>Job ${n}. We need help with <b>${skill}</b> for client work &amp; reporting, starting soon. Unique detail number ${n * 97}.</p>]]></description>
  </item>`;

let version = 1;
let items = [item(1, 'Power BI dashboards'), item(2, 'SQL queries for a churn analysis')];
const seen: IncomingHttpHeaders[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/feed.json') {
      const lm = 'Wed, 04 Feb 2026 10:00:00 GMT';
      if (req.headers['if-modified-since'] === lm) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/feed+json', 'last-modified': lm });
      res.end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'JSON jobs',
          items: [
            {
              id: 'a',
              title: 'Looker Studio',
              content_text: 'Build a Looker Studio report from Google Sheets data for our agency.',
              date_published: '2026-02-03T10:00:00Z',
              url: 'https://jobs.example.com/a',
            },
          ],
        }),
      );
      return;
    }
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Data jobs</title>${items.join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('feed polling', () => {
  let app: App;
  const clock = fixedClock('2026-02-10T09:00:00Z');
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(), { clock, config: { allowPrivateNetwork: true } });
  });
  afterAll(() => app.close());

  it('polls RSS with conditional requests: new items once, then 304 adds nothing', async () => {
    const a = new TestAgent(app);
    await a.signUp('feeds@example.com', 'Feeds');
    const feed = await a.json<{ id: string; title: string }>('POST', '/api/radar/feeds', {
      url: `${base}/rss`,
    });
    expect(feed.status).toBe(201);
    const first = await a.json<{ status: number; added: number; items: number }>(
      'POST',
      `/api/radar/feeds/${feed.body.id}/poll`,
    );
    expect(first.body).toMatchObject({ status: 200, items: 2, added: 2 });
    const posts = await a.json<{
      posts: {
        title: string;
        text: string;
        url: string;
        postedAt: string;
        skills: { skillId: string }[];
      }[];
    }>('GET', '/api/radar/posts?source=feed');
    const job1 = posts.body.posts.find((p) => p.title.startsWith('Job 1'));
    expect(job1).toMatchObject({
      url: 'https://jobs.example.com/1',
      postedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(job1?.text).toContain('Power BI dashboards for client work & reporting');
    expect(job1?.skills.map((s) => s.skillId)).toContain('power-bi');

    const second = await a.json<{ status: number; notModified: boolean; added: number }>(
      'POST',
      `/api/radar/feeds/${feed.body.id}/poll`,
    );
    expect(second.body).toMatchObject({ status: 304, notModified: true, added: 0 });
    expect(seen.at(-1)?.['if-none-match']).toBe('"v1"');

    version = 2;
    items = [...items, item(3, 'dbt models on BigQuery')];
    const third = await a.json<{ added: number; duplicates: number }>(
      'POST',
      `/api/radar/feeds/${feed.body.id}/poll`,
    );
    expect(third.body).toMatchObject({ added: 1, duplicates: 2 });
    const list = await a.json<{
      feeds: { title: string; itemsAdded: number; lastStatus: number }[];
    }>('GET', '/api/radar/feeds');
    expect(list.body.feeds[0]).toMatchObject({
      title: 'Data jobs',
      itemsAdded: 3,
      lastStatus: 200,
    });
  });

  it('reads JSON Feed with Last-Modified / If-Modified-Since', async () => {
    const a = new TestAgent(app);
    await a.signUp('jsonfeed@example.com', 'Json');
    const feed = await a.json<{ id: string }>('POST', '/api/radar/feeds', {
      url: `${base}/feed.json`,
    });
    const r1 = await a.json<{ added: number }>('POST', `/api/radar/feeds/${feed.body.id}/poll`);
    expect(r1.body.added).toBe(1);
    const r2 = await a.json<{ status: number }>('POST', `/api/radar/feeds/${feed.body.id}/poll`);
    expect(r2.body.status).toBe(304);
    expect(seen.at(-1)?.['if-modified-since']).toBe('Wed, 04 Feb 2026 10:00:00 GMT');
  });

  it('polls due feeds from the schedule, each as its own job', async () => {
    // The app's registration, limited to the radar's jobs (others reach the network).
    const jobs = createLocalJobSystem(app.ctx.store, {
      newId: app.ctx.ids.id,
      now: () => clock.now(),
    });
    registerJobs({
      ...jobs,
      register: (q, h) => (q.startsWith('radar.') ? jobs.register(q, h) : undefined),
      every: (q, m, p) => (q.startsWith('radar.') ? jobs.every(q, m, p) : undefined),
    });
    const before = seen.length;
    await jobs.start({ ...app.ctx, jobs });
    try {
      clock.advance(61 * 60_000);
      await jobs.drain?.();
      // Both feeds were due again after their 60-minute interval; both answered 304.
      expect(seen.length - before).toBe(2);
      clock.advance(10 * 60_000);
      await jobs.drain?.();
      expect(seen.length - before).toBe(2);
    } finally {
      await jobs.stop();
    }
  });
});

describe('outbound guard', () => {
  it('refuses a loopback feed unless the admin allowed private addresses', async () => {
    const app = makeTestApp(await makeTestStore(), { config: { allowPrivateNetwork: false } });
    try {
      const a = new TestAgent(app);
      const me = await a.signUp('guard@example.com', 'Guard');
      // Refused when added, naming the field.
      const made = await a.json<{
        error: { code: string; details: { issues: { path: string }[] } };
      }>('POST', '/api/radar/feeds', { url: `${base}/rss` });
      expect(made.status).toBe(400);
      expect(made.body.error.details.issues[0]?.path).toBe('url');
      // A feed stored while private addresses were allowed is refused at every poll.
      const id = app.ctx.ids.id();
      await app.ctx.store.radar.insertFeed({
        id,
        user_id: me.id,
        url: `${base}/rss`,
        title: 'local',
        enabled: true,
        interval_minutes: 60,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        last_status: null,
        last_error: null,
        items_added: 0,
        created_at: new Date(),
      });
      const before = seen.length;
      const r = await a.json<{ error: { code: string; details: { reason: string } } }>(
        'POST',
        `/api/radar/feeds/${id}/poll`,
      );
      expect(r.status).toBe(403);
      expect(r.body.error).toMatchObject({
        code: 'forbidden',
        details: { reason: 'blocked_address' },
      });
      expect(seen.length).toBe(before);
      const list = await a.json<{ feeds: { lastError: string }[] }>('GET', '/api/radar/feeds');
      expect(list.body.feeds[0]?.lastError).toMatch(/private or local address/);
    } finally {
      await app.close();
    }
  });
});
