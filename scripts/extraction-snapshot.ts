/**
 * Extraction output snapshot (`tsx scripts/extraction-snapshot.ts [out.json]`): a guard for
 * speed work on the extractor, whose output must not change. Runs `extractSkills` and
 * `rankSkills` over the first 200 hahu ads (title + description), the Decorte TECH / HOUSE
 * sentences, the client-request sentences of eval/data and the first 2 MB of a bench-like
 * lowercased corpus, on four indexes: ESCO as parsed (the eval's), ESCO lowercased (the
 * bench's), the product index (authored taxonomy + alias evidence) and the product index with
 * ESCO imported. Writes every result as JSON lines and prints its SHA-256, so two runs (before /
 * after a change) compare with `cmp` or the hash.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  buildSkillIndex,
  type SkillIndex,
} from '../src/domain/radar/extraction/build-skill-index.ts';
import { extractSkills } from '../src/domain/radar/extraction/extract-skills.ts';
import { rankSkills } from '../src/domain/radar/extraction/rank-skills.ts';
import {
  buildProductIndex,
  type ImportedSkillRow,
  STORED_EXTRACTION,
} from '../src/domain/radar/get-skill-index.ts';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import { parseEscoSkills } from '../src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';
import { clientRequestTexts, DATA, decorteSentences } from './snapshot-texts.ts';

const out = process.argv[2] ?? '/tmp/extraction-snapshot.jsonl';
const lines: string[] = [];
const emit = (v: unknown): void => {
  lines.push(JSON.stringify(v));
};

const hahu = parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`))
  .slice(0, 200)
  .map((r) => `${r.title ?? ''}\n${r.description ?? ''}`);
const decorte = decorteSentences();
const requests = clientRequestTexts();
const texts = [...hahu, ...decorte, ...requests];
// A lowercased slab like the bench's corpus (hahu descriptions repeated in file order).
const allHahu = parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`))
  .map((r) => r.description ?? '')
  .join('\n');
const slab = allHahu
  .repeat(Math.ceil((2 << 20) / allHahu.length))
  .slice(0, 2 << 20)
  .toLowerCase();

const esco = parseEscoSkills(readDataFile(`${DATA}/esco-v1.1.1/skills_en.csv.gz`));
const lowered = esco.map((e) => ({
  ...e,
  name: e.name.toLowerCase(),
  aliases: e.aliases.map((a) => a.toLowerCase()),
}));
const imported: ImportedSkillRow[] = esco.map((e) => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases,
  description: e.description ?? null,
  source: 'esco',
  source_id: e.sourceId ?? e.id,
  mapped_to: null,
}));

const compact = (r: ReturnType<typeof extractSkills>): unknown =>
  r.map((s) => [s.skillId, s.confidence, s.method, s.spans.map((p) => [p.start, p.end, p.text])]);

function run(name: string, index: SkillIndex, ranking: boolean): void {
  const t0 = performance.now();
  for (const [i, t] of texts.entries()) {
    emit([name, 'stored', i, compact(extractSkills(index, t, STORED_EXTRACTION))]);
    emit([
      name,
      'fast',
      i,
      compact(extractSkills(index, t, { implicit: false, minConfidence: 0, includeNested: true })),
    ]);
    if (ranking) emit([name, 'rank', i, rankSkills(index, t, 50)]);
  }
  emit([name, 'slab', compact(extractSkills(index, slab, { implicit: false, minConfidence: 0 }))]);
  process.stderr.write(`${name}: ${Math.round(performance.now() - t0)} ms\n`);
}

run('esco', buildSkillIndex(esco), true);
run('esco-lower', buildSkillIndex(lowered), false);
run('product', buildProductIndex(), true);
run('product+esco', buildProductIndex(imported), false);

const body = `${lines.join('\n')}\n`;
writeFileSync(out, body);
process.stdout.write(
  `${createHash('sha256').update(body).digest('hex')}  ${out} (${lines.length} lines)\n`,
);
