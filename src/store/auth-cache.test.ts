import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestStore } from '../../test/test-store.ts';
import { createAuthCache } from './auth-cache.ts';
import type { Store } from './open-store.ts';

describe('auth cache', () => {
  it('serves a value for its lifetime, then reads again', async () => {
    let t = 0;
    const cache = createAuthCache(1_000, () => t);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.read('k', load)).toBe(1);
    t = 999;
    expect(await cache.read('k', load)).toBe(1);
    t = 1_000;
    expect(await cache.read('k', load)).toBe(2);
  });

  it('does not keep a value read while a write happened', async () => {
    const cache = createAuthCache(60_000);
    let release: (v: string) => void = () => undefined;
    const slow = cache.read('k', () => new Promise<string>((r) => (release = r)));
    cache.clear();
    release('old');
    expect(await slow).toBe('old');
    expect(await cache.read('k', async () => 'new')).toBe('new');
  });
});

describe('sign-in lookups through the store', () => {
  let store: Store;
  const now = new Date('2026-03-02T09:00:00Z');
  const later = new Date('2026-04-02T09:00:00Z');
  const user = {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'ana@example.test',
    name: 'Ana',
    password_hash: 'x',
    role: 'member' as const,
    is_demo: false,
    demo_expires_at: null,
    created_at: now,
    updated_at: now,
  };
  const session = (id: string) => ({
    id,
    user_id: user.id,
    csrf_token: 'c',
    user_agent: null,
    created_at: now,
    last_seen_at: now,
    expires_at: later,
  });

  beforeAll(async () => {
    store = await makeTestStore();
    await store.accounts.insertUser(user);
  });
  afterAll(() => store.close());

  it('answers a repeated session lookup without the database, until signed out', async () => {
    await store.accounts.insertSession(session('s1'));
    expect((await store.accounts.findSession('s1'))?.user_id).toBe(user.id);
    // Removed behind the repository's back: the cached row still answers (no round trip).
    await store.db.deleteFrom('sessions').where('id', '=', 's1').execute();
    expect(await store.accounts.findSession('s1')).toBeDefined();
    await store.accounts.insertSession(session('s2'));
    await store.accounts.findSession('s2');
    await store.accounts.deleteSession('s2');
    expect(await store.accounts.findSession('s2')).toBeUndefined();
  });

  it('forgets every session of a person whose password changed', async () => {
    await store.accounts.insertSession(session('s3'));
    await store.accounts.findSession('s3');
    await store.accounts.deleteSessionsOfUser(user.id);
    expect(await store.accounts.findSession('s3')).toBeUndefined();
  });

  it('forgets every API token of a person whose password changed, at once', async () => {
    await store.accounts.insertApiToken({
      id: 't1',
      user_id: user.id,
      name: 'script',
      token_hash: 'hash-t1',
      token_prefix: 'st_x',
      created_at: now,
      last_used_at: null,
      expires_at: null,
    });
    expect((await store.accounts.findApiTokenByHash('hash-t1'))?.id).toBe('t1');
    await store.accounts.deleteApiTokensOfUser(user.id);
    expect(await store.accounts.findApiTokenByHash('hash-t1')).toBeUndefined();
  });

  it('shows a renamed user at once, also after a transaction', async () => {
    expect((await store.accounts.findUserById(user.id))?.name).toBe('Ana');
    await store.accounts.updateUser(user.id, { name: 'Ana B' });
    expect((await store.accounts.findUserById(user.id))?.name).toBe('Ana B');
    await store.transaction(async (tx) => {
      await tx.accounts.updateUser(user.id, { name: 'Ana C' });
      expect((await tx.accounts.findUserById(user.id))?.name).toBe('Ana C');
    });
    expect((await store.accounts.findUserById(user.id))?.name).toBe('Ana C');
  });

  it('forgets a revoked API token', async () => {
    await store.accounts.insertApiToken({
      id: '00000000-0000-4000-8000-0000000000a1',
      user_id: user.id,
      name: 't',
      token_hash: 'h1',
      token_prefix: 'st_x',
      created_at: now,
      last_used_at: null,
      expires_at: null,
    });
    expect(await store.accounts.findApiTokenByHash('h1')).toBeDefined();
    await store.accounts.deleteApiToken(user.id, '00000000-0000-4000-8000-0000000000a1');
    expect(await store.accounts.findApiTokenByHash('h1')).toBeUndefined();
  });
});
