import '../../../test/no-internet.ts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeLlmServer, startFakeLlmServer } from '../../../test/fake-llm-server.ts';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { Store } from '../../store/open-store.ts';

// Runs once http-app.ts mounts these routes (reported as skipped until then, never silently passed).
const mounted = readFileSync(new URL('../http-app.ts', import.meta.url), 'utf8').includes(
  'modelRoutes(',
);

let store: Store;
let fake: FakeLlmServer;
let app: App;

describe.runIf(mounted)('model routes', () => {
  beforeAll(async () => {
    store = await makeTestStore();
    fake = await startFakeLlmServer();
    app = makeTestApp(store, {
      config: {
        allowPrivateNetwork: true,
        llm: {
          provider: 'openai-compatible',
          baseUrl: fake.baseUrl,
          model: 'llama3.1:8b',
          apiKey: undefined,
          timeoutMs: 2000,
        },
      },
    });
  });
  afterAll(async () => {
    await fake.close();
    await store.close();
  });

  it('saves your own provider, never returns the key, tests it and shows usage', async () => {
    const a = new TestAgent(app);
    await a.signUp('model-owner@example.test');
    const put = await a.json('PUT', '/api/settings/model', {
      provider: 'openai-compatible',
      baseUrl: fake.baseUrl,
      model: 'mistral:7b',
      apiKey: 'sk-route-secret',
    });
    expect(put.status).toBe(200);
    expect(JSON.stringify(put.body)).not.toContain('sk-route-secret');
    const get = await a.json<{ active: string; own: { hasKey: boolean } }>(
      'GET',
      '/api/settings/model',
    );
    expect([get.body.active, get.body.own.hasKey]).toEqual(['user', true]);
    const test = await a.json<{ ok: boolean }>('POST', '/api/settings/model/test', {});
    expect(test.body.ok).toBe(true);
    expect(fake.requests.at(-1)?.headers.authorization).toBe('Bearer sk-route-secret');
    const usage = await a.json<{ totals: { calls: number } }>(
      'GET',
      '/api/settings/model/usage?days=7',
    );
    expect(usage.body.totals.calls).toBe(1);
    const bad = await a.json<{ error: { code: string } }>('PUT', '/api/settings/model', {
      provider: 'openai',
      model: 'x',
      baseUrl: 'ftp://x',
    });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_input']);
  });

  it('never sends a saved key to another base URL when testing settings', async () => {
    const elsewhere = await startFakeLlmServer();
    try {
      const a = new TestAgent(app);
      await a.signUp('key-home@example.test');
      await a.json('PUT', '/api/settings/model', {
        provider: 'openai-compatible',
        baseUrl: fake.baseUrl,
        model: 'mistral:7b',
        apiKey: 'sk-stays-home',
      });
      elsewhere.enqueue({ text: 'ok' });
      await a.json('POST', '/api/settings/model/test', {
        provider: 'openai-compatible',
        baseUrl: elsewhere.baseUrl,
        model: 'mistral:7b',
      });
      expect(elsewhere.requests).toHaveLength(1);
      expect(JSON.stringify(elsewhere.requests[0]!.headers)).not.toContain('sk-stays-home');
      // The same address may use it: testing another model before saving still works.
      fake.enqueue({ text: 'ok' });
      await a.json('POST', '/api/settings/model/test', {
        provider: 'openai-compatible',
        baseUrl: `${fake.baseUrl}/`,
        model: 'qwen2:7b',
      });
      expect(fake.requests.at(-1)?.headers.authorization).toBe('Bearer sk-stays-home');
    } finally {
      await elsewhere.close();
    }
  });

  it('lets only admins set limits', async () => {
    const admin = new TestAgent(app);
    const adminUser = await admin.signUp('limits-admin@example.test');
    const member = new TestAgent(app);
    await member.signUp('limits-member@example.test');
    const memberTry = await member.json('PUT', '/api/admin/model-limits', {
      tokensPerUserPerDay: 5,
    });
    expect(memberTry.status).toBe(403);
    await store.accounts.updateUser(adminUser.id, { role: 'admin' });
    const ok = await admin.json('PUT', '/api/admin/model-limits', { tokensPerUserPerDay: 5 });
    expect(ok).toEqual({ status: 200, body: { tokensPerUserPerDay: 5 } });
  });
});
