import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createUser, updateProfile } from '../accounts/index.ts';
import { recordEvidence } from '../evidence/index.ts';
import { updatePeerProfile } from './index.ts';
import { derivePeers, loadPeerPool, type PeerPool } from './peer-pool.ts';

/** What a pool says about each person, comparable with a fresh derivation. */
function summary(pool: PeerPool) {
  return [...pool.byId.values()].map((p) => ({
    id: p.userId,
    teach: [...p.vector.teach],
    learn: [...p.vector.learn],
    niches: p.niches,
  }));
}

describe.each(STORE_KINDS)('the peer pool on %s', (kind) => {
  let app: App;
  const ids: string[] = [];
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    for (let i = 0; i < 6; i++) {
      const u = await createUser(app.ctx, {
        email: `p${i}@example.test`,
        password: 'long-enough-pw',
        name: `P${i}`,
      });
      ids.push(u.id);
      await updateProfile(app.ctx, u.id, {
        skills: [{ skillId: i % 2 ? 'sql' : 'python', level: 4 }],
      });
      await updatePeerProfile(app.ctx, u.id, { optedIn: true, niches: ['saas'] });
    }
  });
  afterAll(() => app.close());

  const fresh = async () =>
    (await derivePeers(app.ctx))
      .filter((p) => p.optedIn)
      .sort((a, b) => (a.userId < b.userId ? -1 : 1))
      .map((p) => ({
        id: p.userId,
        teach: [...p.vector.teach],
        learn: [...p.vector.learn],
        niches: p.niches,
      }));

  it('patches only who changed and ends equal to a fresh derivation', async () => {
    const first = await loadPeerPool(app.ctx);
    expect(first.byId.size).toBe(6);
    expect(await loadPeerPool(app.ctx)).toBe(first);

    // One person records evidence, one opts out, one changes their niches, one is deleted.
    await recordEvidence(app.ctx, ids[0] as string, {
      kind: 'reflection',
      title: 'Shipped a dashboard',
      skills: ['tableau'],
    });
    await updatePeerProfile(app.ctx, ids[1] as string, { optedIn: false });
    await updatePeerProfile(app.ctx, ids[2] as string, { optedIn: true, niches: ['fintech'] });
    await app.ctx.store.accounts.deleteUser(ids[3] as string);

    const patched = await loadPeerPool(app.ctx);
    expect(patched).not.toBe(first);
    expect(patched.byId.size).toBe(4);
    // Untouched people keep the very same derived objects: they were not derived again.
    expect(patched.byId.get(ids[4] as string)).toBe(first.byId.get(ids[4] as string));
    expect(patched.byId.get(ids[0] as string)).not.toBe(first.byId.get(ids[0] as string));
    expect(patched.byId.get(ids[0] as string)?.vector.teach.has('tableau')).toBe(true);
    expect(patched.byId.get(ids[2] as string)?.niches).toEqual(['fintech']);
    expect(summary(patched)).toEqual(await fresh());
  });
});
