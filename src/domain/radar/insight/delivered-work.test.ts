import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../../test/app-per-suite.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { AppError } from '../../../errors.ts';
import type { Store } from '../../../store/open-store.ts';
import { updateProfile } from '../../accounts/index.ts';
import { addClientRequest } from '../demand/add-client-request.ts';
import { updateClientRequest } from '../demand/update-client-request.ts';
import { getGap, getLearnNext } from '../index.ts';

describe('client history is delivered work', () => {
  let store: Store;
  let app: App;
  let userId: string;
  const ROLE = 'data-analytics-consultant';
  const level = async (skillId: string) =>
    (await getGap(app.ctx, userId, ROLE)).items.find((i) => i.skillId === skillId)?.heldLevel;

  beforeAll(async () => {
    store = await makeTestStore();
    app = makeTestApp(store);
    userId = await signUpMember(app.ctx, 'd@example.test', 'D');
    await updateProfile(app.ctx, userId, { skills: [], targetRoles: [ROLE] });
  });
  afterAll(async () => {
    await store.close();
  });

  it('counts a delivered request as held, a declined or undelivered one not at all', async () => {
    const now = app.ctx.clock.now().toISOString().slice(0, 10);
    const declined = await addClientRequest(app.ctx, userId, {
      client: 'A',
      text: 'Build a Tableau dashboard of our weekly sales.',
      date: now,
      status: 'declined',
    });
    expect(declined.post?.status).toBe('declined');
    await addClientRequest(app.ctx, userId, {
      client: 'B',
      text: 'Write Python scripts that clean our CRM export.',
      date: now,
      status: 'not_delivered',
    });
    expect(await level('tableau')).toBe(0);
    expect(await level('python')).toBe(0);
    // Not delivered: still to learn, and learn-next says clients asked for it.
    const next = await getLearnNext(app.ctx, userId, { role: ROLE, limit: 50 });
    expect(next.items.map((i) => i.skillId)).toContain('tableau');
    const reasons = next.items.find((i) => i.skillId === 'tableau')?.reasons.join(' ') ?? '';
    expect(reasons).not.toMatch(/You deliver/);
    expect(reasons).toMatch(/Your clients asked for it in 1 of 2 requests \(none delivered yet\)/);

    const delivered = await updateClientRequest(app.ctx, userId, declined.post!.id, {
      client: 'A',
      text: 'Build a Tableau dashboard of our weekly sales.',
      date: now,
      status: 'delivered',
    });
    expect(delivered.status).toBe('delivered');
    expect(await level('tableau')).toBe(3);
    const after = await getLearnNext(app.ctx, userId, { role: ROLE, limit: 50 });
    expect(after.items.map((i) => i.skillId)).not.toContain('tableau');
  });

  it('counts old delivered work one level lower (recency)', async () => {
    await addClientRequest(app.ctx, userId, {
      client: 'C',
      text: 'Clean up and model our SQL reporting tables.',
      date: '2019-03-01',
    });
    expect(await level('sql')).toBe(2);
  });

  it('rejects an unknown status naming the field', async () => {
    const err = await addClientRequest(app.ctx, userId, {
      client: 'D',
      text: 'Anything',
      date: '2026-01-01',
      status: 'maybe',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(JSON.stringify((err as AppError).details)).toContain('status');
  });
});
