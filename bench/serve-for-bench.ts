import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { systemClock } from '../src/app.ts';
import type { Store } from '../src/store/open-store.ts';
import { makeTestApp } from '../test/test-app.ts';

/**
 * The real HTTP server of an app on `store`, on 127.0.0.1 at a free port, with one member
 * signed up through the API. The test wiring (quiet logs, cheap password hashing, a throwaway
 * secret) with the system clock; `jobs` also starts the background jobs.
 */
export async function serveForBench(
  store: Store,
  user: { email: string; name: string },
  opts: { jobs?: boolean } = {},
) {
  const app = makeTestApp(store, { clock: systemClock });
  if (opts.jobs) await app.jobs.start(app.ctx);
  const server = serve({ fetch: app.http.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...user, password: 'long-password-1' }),
  });
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  return {
    base,
    /** The member's session cookie (`name=value`). */
    cookie: (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrfToken,
    async close() {
      server.close();
      await app.close();
    },
  };
}
