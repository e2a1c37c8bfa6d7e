import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../../test/app-per-suite.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import type { Store } from '../../../store/open-store.ts';
import { updateProfile } from '../../accounts/index.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';
import { addClientRequest } from '../demand/add-client-request.ts';
import { getGap, getLearnNext, getTrajectories } from '../index.ts';
import { roleCoverage } from './role-coverage.ts';

describe('role coverage: one rule for the card, the gap and learn-next', () => {
  let store: Store;
  let app: App;
  let userId: string;
  const ROLE = 'data-analytics-consultant';

  beforeAll(async () => {
    store = await makeTestStore();
    app = makeTestApp(store);
    userId = await signUpMember(app.ctx, 'c@example.test', 'C');
    // sql held, data-analysis below working level, power-bi (optional) at 2; tableau and
    // python only delivered for clients.
    await updateProfile(app.ctx, userId, {
      skills: [
        { skillId: 'sql', level: 4 },
        { skillId: 'data-analysis', level: 2 },
        { skillId: 'power-bi', level: 2 },
      ],
      targetRoles: [ROLE],
    });
    for (const [i, text] of [
      'Build a Tableau dashboard of our weekly sales.',
      'Write Python scripts that clean our CRM export.',
    ].entries()) {
      await addClientRequest(app.ctx, userId, {
        client: `Client ${i}`,
        text,
        date: '2026-01-15',
      });
    }
  });
  afterAll(async () => {
    await store.close();
  });

  it('gives the same core coverage on the role card, in the gap table and in learn-next', async () => {
    const card = (await getTrajectories(app.ctx, userId, 20)).find((t) => t.roleId === ROLE);
    const gap = await getGap(app.ctx, userId, ROLE);
    const next = await getLearnNext(app.ctx, userId, { role: ROLE, limit: 50 });
    expect(card).toBeDefined();
    // sql (held), tableau and python (delivered), and data visualisation, the broader skill
    // of the delivered Tableau dashboard: 4 core skills; data-analysis at 2 is not.
    expect(card?.coreCovered).toBe(4);
    expect(gap.coreReady).toBe(card?.coreCovered);
    expect(gap.coreTotal).toBe(card?.coreTotal);
    expect(next.coverage).toEqual({
      roleId: ROLE,
      coreCovered: card?.coreCovered,
      coreTotal: card?.coreTotal,
    });
    // Learn-next proposes exactly the core skills the card lists as missing.
    const role = getTaxonomy().roleById.get(ROLE)!;
    const proposedCore = next.items.map((i) => i.skillId).filter((id) => role.core.includes(id));
    expect(new Set(proposedCore)).toEqual(new Set(card?.missingCore.map((m) => m.skillId)));
    // What the person delivers for clients is never proposed.
    expect(next.items.map((i) => i.skillId)).not.toContain('tableau');
    expect(next.items.map((i) => i.skillId)).not.toContain('python');
    // Optional power-bi at level 2 meets the optional level on all three.
    expect(gap.items.find((i) => i.skillId === 'power-bi')?.gap).toBe(0);
    expect(card?.covered.map((c) => c.skillId)).toContain('power-bi');
    expect(next.items.map((i) => i.skillId)).not.toContain('power-bi');
  });

  it('picks the same role without a target on the card, in the gap and in learn-next', async () => {
    // Three recent delivered translations: Translation defines Translator.
    const solo = await signUpMember(app.ctx, 't@example.test', 'T');
    const date = app.ctx.clock.now().toISOString().slice(0, 10);
    for (const [i, text] of [
      'Translate our website into Spanish.',
      'Translate the user guide into French.',
      'Translate our brochure into German.',
    ].entries()) {
      await addClientRequest(app.ctx, solo, { client: `Client ${i}`, text, date });
    }
    const tj = await getTrajectories(app.ctx, solo, 5);
    const first = tj[0]?.roleId;
    expect(first).toBe('translator');
    const gap = await getGap(app.ctx, solo);
    expect(gap.role.id).toBe(first);
    expect(gap.chosenBy).toBe('trajectory');
    expect((await getLearnNext(app.ctx, solo, {})).targetRole).toBe(first);
  });

  it('counts a skill as covered only at the level the role needs', () => {
    const role = getTaxonomy().roleById.get(ROLE)!;
    const c = roleCoverage(
      role,
      new Map([
        ['sql', 3],
        ['excel', 2],
        ['power-bi', 2],
      ]),
    );
    expect(c.coreCovered).toBe(1);
    expect(c.optionalCovered).toBe(1);
    expect(c.items.find((i) => i.skillId === 'excel')).toMatchObject({ gap: 1, covered: false });
  });
});
