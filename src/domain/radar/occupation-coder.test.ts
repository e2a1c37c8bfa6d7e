import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../../test/insert-user.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { codeOccupation, type OccupationCoder } from './code-occupation.ts';
import { addPosts } from './demand/add-posts.ts';
import { runReextraction } from './demand/reextract-posts.ts';
import { buildOccupationIndex } from './extraction/build-occupation-index.ts';
import { buildSkillIndex } from './extraction/build-skill-index.ts';
import { getOccupationCoder } from './get-occupation-coder.ts';
import { importOfficialSkills } from './import-official-skills.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from './importers/parse-esco.ts';
import { readDataFile } from './importers/read-data-file.ts';
import { getTrends } from './insight/get-trends.ts';

const ESCO = resolve(import.meta.dirname, '../../../test/fixtures/esco-mini-v1.1.1');

/** The coder exactly as `eval/extraction.ts` builds it from the ESCO files. */
function evalCoder(): OccupationCoder {
  return {
    kind: 'esco',
    index: buildOccupationIndex(
      buildSkillIndex(parseEscoSkills(readDataFile(`${ESCO}/skills_en.csv`))),
      parseEscoOccupations(readDataFile(`${ESCO}/occupations_en.csv`)),
      parseEscoOccupationSkills(readDataFile(`${ESCO}/occupationSkillRelations.csv`)),
    ),
  };
}

const base = { postedAt: undefined, budget: null, client: null, url: null };
const POSTS = [
  { title: 'Freelance translator', text: 'Translate our documents from German, proofreading.' },
  { title: 'Senior software engineer', text: 'Programming in TypeScript, SQL on PostgreSQL.' },
  { title: 'Cab driver wanted', text: 'Driving customers around town at night.' },
  { title: 'Chartered accountant', text: 'Prepare financial statements, spreadsheets.' },
];

describe.each(STORE_KINDS)('ESCO occupations in the product (%s)', (kind) => {
  let app: App;
  const userId = 'f0000000-0000-4000-8000-0000000000e5';
  let before = '';
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    await insertTestUser(app.ctx.store, userId, 'esco-occupations');
  });
  afterAll(() => app.close());

  const stored = async (ids: string[]) => {
    const rows = await app.ctx.store.db
      .selectFrom('radar_posts')
      .select(['id', 'occupation'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r.occupation]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  it('codes with the roles until occupations are imported', async () => {
    expect((await getOccupationCoder(app.ctx)).kind).toBe('roles');
    const r = await addPosts(app.ctx, userId, 'import', [
      { ...base, row: 1, title: 'Translator', text: 'Translation and proofreading of our app.' },
    ]);
    before = r.outcomes[0]?.id ?? '';
    expect(await stored([before])).toEqual(['role:translator']);
  });

  it('imports the occupations of an ESCO folder, once, and reports them', async () => {
    const first = await importOfficialSkills(app.ctx, 'esco', ESCO);
    expect(first).toMatchObject({ parsed: 7, added: 7, version: '1.1.1' });
    expect(first.occupations).toEqual({
      files: ['occupations_en.csv', 'occupationSkillRelations.csv'],
      parsed: 4,
      added: 4,
      updated: 0,
      unchanged: 0,
      relations: 7,
    });
    const again = await importOfficialSkills(app.ctx, 'esco', ESCO);
    expect(again.occupations).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    const rows = await app.ctx.store.radar.listImportedOccupations();
    expect(rows.find((o) => o.code === '2643.1')).toMatchObject({
      name: 'translator',
      aliases: ['language translator', 'document translator'],
      isco_group: '2643',
      relations: [
        { skillUri: expect.stringContaining('/skill/'), relation: 'essential' },
        { skillUri: expect.stringContaining('/skill/'), relation: 'optional' },
      ],
    });
  });

  it("stores for each post what the evaluation's coder gives, and a file's own code first", async () => {
    const coder = evalCoder();
    const r = await addPosts(app.ctx, userId, 'import', [
      ...POSTS.map((p, i) => ({ ...base, row: i + 1, ...p })),
      { ...base, row: 9, title: 'Translator', text: 'Legal texts.', occupation: '2611.1' },
    ]);
    const ids = r.outcomes.map((o) => o.id ?? '');
    const expected = POSTS.map((p) => {
      const label = codeOccupation(coder, p.title, p.text, []);
      return label ? `esco:${label.code}` : null;
    });
    expect(expected).toEqual(['esco:2643.1', 'esco:2512.4', 'esco:8322.1', 'esco:2411.1']);
    expect(await stored(ids)).toEqual([...expected, 'esco:2611.1']);
    // Role demand names imported occupations.
    const trends = await getTrends(app.ctx, userId, { months: 6 });
    const occ = new Map((trends.occupations ?? []).map((o) => [o.occupation, o.name]));
    expect(occ.get('esco:2512.4')).toBe('software developer');
    expect(occ.get('esco:2611.1')).toBe('ESCO 2611.1');
    // And says what the labels rest on: a given code, else an estimate.
    expect(trends.occupationMethod).toMatch(/import file gave.*estimate/);
  });

  it("re-codes stored posts when the occupations change, keeping a file's own code", async () => {
    await runReextraction(app.ctx);
    expect(await stored([before])).toEqual(['esco:2643.1']);
    // A new occupation version: coded labels are coded again, given ones stay.
    const r = await addPosts(app.ctx, userId, 'import', [
      { ...base, row: 1, title: 'Programmer', text: 'Coding in Go.' },
      { ...base, row: 2, title: 'Programmer', text: 'Coding in Rust.', occupation: '2611.1' },
    ]);
    const ids = r.outcomes.map((o) => o.id ?? '');
    expect(await stored(ids)).toEqual(['esco:2512.4', 'esco:2611.1']);
    await app.ctx.store.db
      .updateTable('radar_posts')
      .set({ occupation: 'esco:9999.9', extraction_version: 'old' })
      .where('id', 'in', ids)
      .execute();
    await runReextraction(app.ctx);
    expect(await stored(ids)).toEqual(['esco:2512.4', 'esco:2611.1']);
  });
});
