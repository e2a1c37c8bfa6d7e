import { describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import { needsRehash } from './password.ts';

function signUp(app: ReturnType<typeof makeTestApp>, i: number) {
  return app.http.request('/api/auth/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `racer${i}@example.com`,
      password: 'long-password-1',
      name: `R${i}`,
    }),
  });
}

describe.each(STORE_KINDS)('account creation on %s', (kind) => {
  it('admits exactly one of 10 concurrent sign-ups on a fresh closed instance, as admin', async () => {
    const app = makeTestApp(await makeTestStore(kind), { config: { signup: 'closed' } });
    try {
      const res = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(app, i)));
      const statuses = res.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 403, 403, 403, 403, 403, 403, 403, 403, 403]);
      const users = await app.ctx.store.accounts.listUsers();
      expect(users.map((u) => u.role)).toEqual(['admin']);
    } finally {
      await app.close();
    }
  });

  it('makes exactly one admin of 10 concurrent sign-ups on a fresh open instance', async () => {
    const app = makeTestApp(await makeTestStore(kind));
    try {
      const res = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(app, i)));
      expect(res.every((r) => r.status === 201)).toBe(true);
      const roles = (await app.ctx.store.accounts.listUsers()).map((u) => u.role).sort();
      expect(roles).toEqual(['admin', ...Array(9).fill('member')]);
    } finally {
      await app.close();
    }
  });

  it('upgrades an older, cheaper password hash at the next sign-in', async () => {
    const store = await makeTestStore(kind);
    const old = makeTestApp(store, { config: { scryptLog2N: 10 } });
    await new TestAgent(old).signUp('upgrade@example.com', 'U', 'long-password-1');
    const stronger = makeTestApp(store, { config: { scryptLog2N: 11 } });
    try {
      const before = await store.accounts.findUserByEmail('upgrade@example.com');
      expect(needsRehash(before!.password_hash, 11)).toBe(true);
      const signIn = () =>
        stronger.http.request('/api/auth/signin', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'upgrade@example.com', password: 'long-password-1' }),
        });
      expect((await signIn()).status).toBe(200);
      const after = await store.accounts.findUserByEmail('upgrade@example.com');
      expect(after!.password_hash.split('$')[1]).toBe('2048');
      expect((await signIn()).status).toBe(200);
    } finally {
      await stronger.close();
    }
  });
});
