import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/shared-data.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { codeOccupation } from './code-occupation.ts';
import { buildSkillIndex } from './extraction/build-skill-index.ts';
import { escoOccupationCoder, getOccupationCoder } from './get-occupation-coder.ts';
import { extractFromText } from './get-skill-index.ts';
import { importOfficialSkills } from './import-official-skills.ts';
import { parseCsvRecords } from './importers/parse-csv.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from './importers/parse-esco.ts';
import { readDataFile } from './importers/read-data-file.ts';

const DATA = SHARED_DATA;

describe('official skill imports', () => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore());
  });
  afterAll(() => app.close());

  it('imports O*NET once, maps crosswalked entries, and adds nothing the second time', async () => {
    const first = await importOfficialSkills(app.ctx, 'onet', `${DATA}/onet`);
    expect(first.files).toEqual(['Knowledge.tsv', 'Skills.tsv', 'Technology Skills.txt']);
    expect(first.parsed).toBeGreaterThan(8000);
    expect(first.added).toBe(first.parsed);
    expect(first.mapped).toBeGreaterThan(100);
    const again = await importOfficialSkills(app.ctx, 'onet', `${DATA}/onet`);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: first.parsed });
    const rows = await app.ctx.store.radar.listImportedSkills();
    const excel = rows.find((r) => r.name === 'Microsoft Excel' && r.source === 'onet');
    expect(excel).toMatchObject({
      mapped_to: 'excel',
      file: 'Technology Skills.txt',
      version: '30.2',
    });
  }, 120_000);

  it('imports ESCO skills with provenance and records both attributions', async () => {
    const r = await importOfficialSkills(app.ctx, 'esco', `${DATA}/esco-v1.1.1`);
    expect(r).toMatchObject({ parsed: 13_896, added: 13_896, version: '1.1.1' });
    expect(r.occupations).toMatchObject({ added: r.occupations?.parsed, updated: 0 });
    expect(r.occupations?.parsed).toBeGreaterThan(3000);
    expect(r.occupations?.relations).toBeGreaterThan(100_000);
    expect((await importOfficialSkills(app.ctx, 'esco', `${DATA}/esco-v1.1.1`)).added).toBe(0);
    expect(await app.ctx.store.radar.countImportedSkills()).toEqual({
      esco: 13_896,
      onet: r.parsed > 0 ? expect.any(Number) : 0,
    });
    const credits =
      await app.ctx.store.instance.getSetting<{ source: string; text: string }[]>('attributions');
    expect(credits?.map((c) => c.source)).toEqual(['O*NET', 'ESCO']);
    expect(credits?.[0]?.text).toContain('USDOL/ETA');
  }, 120_000);

  it('codes hahu_dev ads from the imported ESCO rows exactly as the evaluation codes them', async () => {
    const esco = `${DATA}/esco-v1.1.1`;
    const evalCoder = escoOccupationCoder(
      buildSkillIndex(parseEscoSkills(readDataFile(`${esco}/skills_en.csv.gz`))),
      parseEscoOccupations(readDataFile(`${esco}/occupations_en.csv.gz`)),
      parseEscoOccupationSkills(readDataFile(`${esco}/occupationSkillRelations.csv.gz`)),
    );
    const product = await getOccupationCoder(app.ctx);
    expect(product.kind).toBe('esco');
    const ads = parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`)).filter((r) =>
      (r.esco_code ?? '').trim(),
    );
    expect(ads.length).toBeGreaterThan(150);
    const code = (c: typeof product) =>
      ads.map((ad) => codeOccupation(c, ad.title ?? '', ad.description ?? '', [])?.code);
    const ours = code(product);
    expect(ours).toEqual(code(evalCoder));
    expect(ours.filter((c, i) => c === ads[i]?.esco_code?.trim()).length).toBeGreaterThan(50);
  }, 300_000);

  it('lets the one extraction function find skills that only the imported files name', async () => {
    const found = await extractFromText(
      app.ctx,
      'Experience with Adobe Dreamweaver and Microsoft Excel pivot tables.',
    );
    const ids = found.map((s) => s.skillId);
    expect(ids).toContain('excel');
    expect(ids.some((id) => id.startsWith('onet-tech:adobe'))).toBe(true);
  }, 120_000);
});
