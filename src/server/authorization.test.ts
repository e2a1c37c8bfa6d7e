import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

/**
 * For every route with an id in its path: how user A creates a record there, so that the test
 * can prove user B cannot reach it. A new route with a path parameter must be added here.
 */
const OWNED_FIXTURES: Record<string, (a: TestAgent) => Promise<Record<string, string>>> = {
  'DELETE /api/tokens/:id': async (a) => ({
    id: (await a.json<{ id: string }>('POST', '/api/tokens', { name: 'ci' })).body.id,
  }),
};

/** Routes only admins may use: a member gets 403 whatever the record. */
const ADMIN_PREFIX = '/api/admin/';

let app: App;
let alice: TestAgent;
let bob: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  alice = new TestAgent(app);
  bob = new TestAgent(app);
  await alice.signUp('alice@example.com', 'Alice'); // first account: admin
  await bob.signUp('bob@example.com', 'Bob');
});
afterAll(() => app.close());

const sample = (path: string, params: Record<string, string> = {}) =>
  path.replace(/:(\w+)/g, (_, k: string) => params[k] ?? '00000000-0000-4000-8000-000000000000');

describe('authorization of every route', () => {
  it('declares only routes that exist in the allowlist', () => {
    const declared = new Set(app.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    for (const pub of PUBLIC_ROUTES)
      expect(declared, `allowlisted ${pub} is not a route`).toContain(pub);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const anon = new TestAgent(app);
    const checked: string[] = [];
    for (const r of app.routes) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const res = await anon.req(r.method.toUpperCase(), sample(r.path), r.body ? {} : undefined);
      expect(res.status, key).toBe(401);
      expect((await res.json()).error.code, key).toBe('unauthenticated');
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it('answers 404 to another user for every route that names a record', async () => {
    const withParams = app.routes.filter(
      (r) => r.path.includes(':') && !r.path.startsWith(ADMIN_PREFIX),
    );
    for (const r of withParams) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const fixture = OWNED_FIXTURES[key];
      expect(fixture, `${key} needs an entry in OWNED_FIXTURES`).toBeDefined();
      const params = await fixture!(alice);
      const res = await bob.req(
        r.method.toUpperCase(),
        sample(r.path, params),
        r.body ? {} : undefined,
      );
      expect(res.status, key).toBe(404);
    }
  });

  it('marks every /api/admin route admin-only', () => {
    for (const r of app.routes.filter((x) => x.path.startsWith(ADMIN_PREFIX))) {
      expect(r.admin, `${r.method} ${r.path}`).toBe(true);
    }
  });

  it('answers 403 to a member on every admin route', async () => {
    for (const r of app.routes.filter((x) => x.path.startsWith(ADMIN_PREFIX))) {
      const res = await bob.req(
        r.method.toUpperCase(),
        sample(r.path),
        r.body
          ? {
              email: 'x@example.com',
              name: 'X',
              password: 'long-enough-pw',
              newPassword: 'long-enough-pw',
              signup: 'open',
              allowPrivateNetwork: false,
            }
          : undefined,
      );
      expect(res.status, `${r.method} ${r.path}`).toBe(403);
    }
  });
});
