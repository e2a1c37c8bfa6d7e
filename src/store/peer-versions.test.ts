import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { createUser } from '../domain/accounts/index.ts';
import { recordEvidence } from '../domain/evidence/index.ts';
import type { Store } from './open-store.ts';

describe('peer pool signature', () => {
  let store: Store;
  let app: App;
  let optedIn: string;
  let other: string;

  beforeAll(async () => {
    store = await makeTestStore();
    app = makeTestApp(store);
    const user = (email: string) =>
      createUser(app.ctx, { email, password: 'long-enough-pw', name: email });
    optedIn = (await user('in@example.test')).id;
    other = (await user('out@example.test')).id;
    const now = app.ctx.clock.now();
    await store.db
      .insertInto('peer_profiles')
      .values({
        user_id: optedIn,
        opted_in: true,
        accepting_questions: false,
        weekly_question_limit: 3,
        wants: JSON.stringify([]),
        niches: JSON.stringify([]),
        segments: JSON.stringify([]),
        platforms: null,
        visibility: JSON.stringify({}),
        revision: 0,
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
  });
  afterAll(() => store.close());

  const note = (userId: string) =>
    recordEvidence(app.ctx, userId, { kind: 'reflection', title: 'Note', skills: ['sql'] });

  it('changes with the evidence of an opted-in person, not with anyone else’s', async () => {
    const s0 = await store.peers.matchSignature();
    await note(other);
    expect(await store.peers.matchSignature()).toBe(s0);
    await note(optedIn);
    const s1 = await store.peers.matchSignature();
    expect(s1).not.toBe(s0);
    await store.db
      .updateTable('peer_profiles')
      .set({ opted_in: false })
      .where('user_id', '=', optedIn)
      .execute();
    expect(await store.peers.matchSignature()).not.toBe(s1);
  });

  it('changes when an opted-in person is deleted', async () => {
    await store.db
      .updateTable('peer_profiles')
      .set({ opted_in: true })
      .where('user_id', '=', optedIn)
      .execute();
    const s0 = await store.peers.matchSignature();
    await store.accounts.deleteUser(optedIn);
    expect(await store.peers.matchSignature()).not.toBe(s0);
  });
});
