import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../../test/insert-user.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { codeOccupation, postOccupation } from './code-occupation.ts';
import { addPosts } from './demand/add-posts.ts';
import { parsePostFile } from './demand/parse-posts.ts';
import { getTrends } from './insight/get-trends.ts';

const roles = { kind: 'roles' as const, roles: getTaxonomy().roles };

describe('occupation labels', () => {
  it('codes a post to the product role its distinctive skills and title point to', () => {
    const label = codeOccupation(roles, 'Translator needed', 'Translate our website', [
      'translation',
      'localisation',
      'proofreading',
    ]);
    expect(label).toMatchObject({ scheme: 'role', code: 'translator' });
    const va = codeOccupation(roles, 'Help with admin', 'Inbox and calendar', [
      'email-management',
      'calendar-management',
      'data-entry',
    ]);
    expect(va?.code).toBe('virtual-assistant');
  });

  it('gives no label without evidence (one shared tool, no title word)', () => {
    expect(codeOccupation(roles, 'Help', 'Some help with a thing', ['excel'])).toBeUndefined();
    expect(postOccupation(roles, 'Help', 'Some help', [])).toBeNull();
  });

  it('prefers the ESCO code an import gives', () => {
    expect(postOccupation(roles, 'Translator', 'x', ['translation'], '2643.1')).toBe('esco:2643.1');
  });

  it('reads a well-formed ESCO code column and ignores anything else', () => {
    const csv = 'title,description,esco_code\nA,Text one,2643.1\nB,Text two,not a code\n';
    const { candidates } = parsePostFile(csv, 'csv');
    expect(candidates.map((c) => c.occupation)).toEqual(['2643.1', null]);
  });
});

describe('posts are labelled when stored', () => {
  let app: App;
  const userId = 'f0000000-0000-4000-8000-000000000001';
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore('pglite'));
    await insertTestUser(app.ctx.store, userId, 'occupation');
  });
  afterAll(() => app.close());

  it('stores the import code, else the coded role', async () => {
    const base = { postedAt: undefined, budget: null, client: null, url: null };
    const r = await addPosts(app.ctx, userId, 'import', [
      {
        ...base,
        row: 1,
        title: 'Accountant',
        text: 'Bookkeeping and VAT returns.',
        occupation: '2411.1',
      },
      {
        ...base,
        row: 2,
        title: 'Translator',
        text: 'Translation and localisation of our app, proofreading included.',
      },
    ]);
    const ids = r.outcomes.map((o) => o.id ?? '');
    const rows = await app.ctx.store.db
      .selectFrom('radar_posts')
      .select(['id', 'occupation'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((x) => [x.id, x.occupation]));
    expect(byId.get(ids[0] ?? '')).toBe('esco:2411.1');
    expect(byId.get(ids[1] ?? '')).toBe('role:translator');
    // Role demand in the trends reads the stored labels.
    const trends = await getTrends(app.ctx, userId, { months: 6 });
    const occ = new Map((trends.occupations ?? []).map((o) => [o.occupation, o]));
    expect(occ.get('role:translator')?.name).toBe('Translator and Localisation Specialist');
    expect(occ.get('role:translator')?.series.at(-1)?.count).toBe(1);
    expect(occ.get('esco:2411.1')?.series.at(-1)?.count).toBe(1);
  });
});
