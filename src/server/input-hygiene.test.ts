import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';

let app: App;
let agent: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  agent = new TestAgent(app);
  await agent.signUp('hygiene@example.com');
});
afterAll(() => app.close());

type Err = { error: { code: string; details?: { issues: { path: string }[] } } };

async function send(method: string, path: string, raw: string) {
  const res = await agent.req(method, path, raw);
  return { status: res.status, body: (await res.json()) as Err };
}

const evidence = (extra: string) =>
  `{"kind":"artifact","title":"T","skills":["excel"],"data":{"note":${extra}}}`;

describe('input hygiene at the edge', () => {
  it('refuses a NUL byte with 400 invalid_input naming the field', async () => {
    const r = await send('POST', '/api/radar/clients', '{"name":"Acme\\u0000","text":"x"}');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
    expect(r.body.error.details?.issues[0]?.path).toBe('body.name');
  });

  it('refuses a lone surrogate inside a JSON column, naming where it is', async () => {
    const r = await send('POST', '/api/evidence', evidence('{"deeper":["ok","\\ud800"]}'));
    expect(r.status).toBe(400);
    expect(r.body.error.details?.issues[0]?.path).toBe('body.data.note.deeper.1');
  });

  it('refuses 5,000-deep nesting in evidence data instead of overflowing the stack', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const r = await send('POST', '/api/evidence', evidence(deep));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
  });

  it('refuses NUL in a path parameter and in a query value', async () => {
    expect((await agent.req('GET', '/api/evidence/abc%00def')).status).toBe(400);
    const q = await agent.req('GET', '/api/evidence?skillId=a%00');
    expect(q.status).toBe(400);
  });

  it('answers an empty PATCH of a feed with 400, not an SQL error', async () => {
    const feed = await agent.json<{ id: string }>('POST', '/api/radar/feeds', {
      url: 'https://jobs.example.com/feed.xml',
    });
    expect(feed.status).toBe(201);
    const r = await agent.json<Err>('PATCH', `/api/radar/feeds/${feed.body.id}`, {});
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
    expect(
      (await agent.json('PATCH', `/api/radar/feeds/${feed.body.id}`, { enabled: false })).status,
    ).toBe(200);
  });

  it('refuses Origin: null and a malformed Origin on sign-in with 403', async () => {
    for (const origin of ['null', 'not a url', 'file://', 'http://[::1']) {
      const res = await app.http.request('/api/auth/signin', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: 'hygiene@example.com', password: 'correct-horse-battery' }),
      });
      expect(res.status).toBe(403);
    }
  });
});
