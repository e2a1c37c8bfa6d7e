/**
 * Occupation coding snapshot (`tsx scripts/occupation-snapshot.ts [out.jsonl]`): a guard for
 * speed work on the ESCO occupation coder, whose output must not change. Builds the coder as
 * the evaluation does (`escoOccupationCoder` over the ESCO files) and as an instance does from
 * its imported rows (`buildOccupationCoder`), then writes `rankOccupations(index, title,
 * description, 10)` (ids, order, scores rounded to 1e-9) for every hahu_dev ad and a few hundred
 * mixed inputs: hahu titles over other ads' descriptions, Decorte sentences, client requests,
 * occupation labels as titles, upper- and lowercased ads, empty titles or descriptions. Prints
 * the SHA-256 of the lines and the CPU time to build and to code, so two runs (before / after a
 * change) compare with the hash.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { buildSkillIndex } from '../src/domain/radar/extraction/build-skill-index.ts';
import { rankOccupations } from '../src/domain/radar/extraction/rank-occupations.ts';
import {
  buildOccupationCoder,
  escoOccupationCoder,
  type ImportedOccupationRow,
} from '../src/domain/radar/get-occupation-coder.ts';
import type { ImportedSkillRow } from '../src/domain/radar/get-skill-index.ts';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from '../src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';
import { clientRequestTexts, DATA, decorteSentences } from './snapshot-texts.ts';

const ESCO = `${DATA}/esco-v1.1.1`;
const out = process.argv[2] ?? '/tmp/occupation-snapshot.jsonl';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const hahu = parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`)).map((r) => ({
  title: r.title ?? '',
  description: r.description ?? '',
}));
const decorte = decorteSentences();
const requests = clientRequestTexts();

const skills = parseEscoSkills(readDataFile(`${ESCO}/skills_en.csv.gz`));
const occupations = parseEscoOccupations(readDataFile(`${ESCO}/occupations_en.csv.gz`));
const relations = parseEscoOccupationSkills(
  readDataFile(`${ESCO}/occupationSkillRelations.csv.gz`),
);

/** Every input: [title, description]. */
const inputs: [string, string][] = [];
for (const ad of hahu) inputs.push([ad.title, ad.description]);
// Titles over other ads' descriptions, and parts of descriptions.
hahu.forEach((ad, i) => {
  const other = hahu[(i * 7 + 3) % hahu.length]?.description ?? '';
  if (i % 2 === 0) inputs.push([ad.title, other]);
  if (i % 3 === 0) inputs.push([ad.title, ad.description.slice(0, 300)]);
  if (i % 5 === 0) inputs.push(['', ad.description]);
  if (i % 5 === 1) inputs.push([ad.title, '']);
  if (i % 11 === 0) inputs.push([ad.title.toUpperCase(), ad.description.toUpperCase()]);
  if (i % 13 === 0) inputs.push([ad.title.toLowerCase(), ad.description.toLowerCase()]);
});
decorte.forEach((s, i) => {
  if (i % 4 === 0) inputs.push([hahu[i % hahu.length]?.title ?? '', s]);
  if (i % 4 === 1) inputs.push(['', s]);
});
for (const [i, r] of requests.entries()) inputs.push([i % 2 ? '' : 'Freelancer', r]);
// Occupation labels as titles (exact, alternative, with noise), some with a sentence.
occupations.forEach((o, i) => {
  if (i % 20 === 0) inputs.push([o.name, '']);
  if (i % 20 === 7)
    inputs.push([`Senior ${o.aliases[0] ?? o.name} (Remote)`, decorte[i % decorte.length] ?? '']);
  if (i % 40 === 13) inputs.push([`${o.name} / ${o.aliases.at(-1) ?? ''}`, o.description]);
});
inputs.push(
  ['', ''],
  ['Manager', 'manager'],
  ['  ', '\n\n'],
  ['C++ / C# developer', 'C++, C#, .NET'],
);

const lines: string[] = [];
function run(name: string, index: Parameters<typeof rankOccupations>[0]): number {
  rankOccupations(index, inputs[0]?.[0] ?? '', inputs[0]?.[1] ?? '', 10);
  const t0 = cpuMs();
  for (const [i, [title, description]] of inputs.entries()) {
    const ranked = rankOccupations(index, title, description, 10);
    lines.push(
      JSON.stringify([
        name,
        i,
        ranked.map((r) => [r.occupationId, r.code, r.name, Math.round(r.score * 1e9) / 1e9]),
      ]),
    );
  }
  return cpuMs() - t0;
}

let t = cpuMs();
const evalCoder = escoOccupationCoder(buildSkillIndex(skills), occupations, relations);
const evalBuild = cpuMs() - t;
const evalCode = run('eval', evalCoder.index);

// The instance path: imported rows as the store returns them.
const skillRows: ImportedSkillRow[] = skills.map((e) => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases,
  description: e.description ?? null,
  source: 'esco',
  source_id: e.sourceId ?? e.id,
  mapped_to: null,
}));
const relByOcc = new Map<string, { skillUri: string; relation: string }[]>();
for (const r of relations) {
  let l = relByOcc.get(r.occupationUri);
  if (!l) {
    l = [];
    relByOcc.set(r.occupationUri, l);
  }
  l.push({ skillUri: r.skillUri, relation: r.relation });
}
const occRows: ImportedOccupationRow[] = occupations.map((o) => ({
  id: o.id,
  uri: o.uri,
  code: o.code,
  isco_group: o.iscoGroup,
  name: o.name,
  aliases: o.aliases,
  description: o.description,
  relations: relByOcc.get(o.uri) ?? [],
}));
t = cpuMs();
const rowsCoder = buildOccupationCoder(skillRows, occRows);
const rowsBuild = cpuMs() - t;
if (rowsCoder.kind !== 'esco') throw new Error('expected the ESCO coder');
const rowsCode = run('rows', rowsCoder.index);

const body = `${lines.join('\n')}\n`;
writeFileSync(out, body);
const per = (ms: number) => (ms / inputs.length).toFixed(2);
process.stderr.write(
  `${inputs.length} inputs; build cpu eval ${Math.round(evalBuild)} ms, rows ${Math.round(rowsBuild)} ms; ` +
    `code cpu per input eval ${per(evalCode)} ms, rows ${per(rowsCode)} ms\n`,
);
process.stdout.write(
  `${createHash('sha256').update(body).digest('hex')}  ${out} (${lines.length} lines)\n`,
);
