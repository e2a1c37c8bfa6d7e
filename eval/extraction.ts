/**
 * Skill-extraction evaluation (`npm run eval:extraction`).
 *
 * Skills: Decorte et al. TECH / HOUSE protocol — one query per sentence, gold = distinct ESCO
 * labels of its rows (`LABEL NOT PRESENT` / `UNDERSPECIFIED` dropped, sentences without gold
 * dropped), candidates = all ESCO skills. Reports RP@5, RP@10 and MRR for our extractor
 * (`rankSkills`, the same code path as `extractSkills`) and for a plain BM25 over ESCO preferred
 * labels as the in-run baseline. Two rows per split: `ranking` (the full ranking the product
 * cuts, RP@k) and `shipped` (what the product stores, `STORED_EXTRACTION`: precision and recall
 * of the stored set); the `baseline` row is plain BM25. Occupations: hahu job ads (title + description only) ranked
 * against ESCO occupations, P@1 / P@3 against the `esco_code` column.
 *
 * Optional ranking signals, loaded from ../shared (the product runs without them unless it
 * ships a derived table): skill co-occurrence (NPMI) from skill2vec's 50K job-posting skill
 * lists mapped onto ESCO by the explicit matcher, and ESCO taxonomy relations (broader skill,
 * siblings under a broader skill, skill–skill relations). `--no-cooc` / `--no-hierarchy`
 * switch them off for ablation.
 *
 * `--misses` prints, to stderr, each occupation miss of the tune half (even rows only, never
 * the check half): the title, the gold code and label, the gold's rank, our top 3 with scores.
 *
 * Usage: tsx eval/extraction.ts [--file path]... [--json] [--no-cooc] [--no-hierarchy] [--misses]
 */
import { basename, resolve } from 'node:path';
import { codeOccupation, rankPostOccupations } from '../src/domain/radar/code-occupation.ts';
import {
  buildSkillIndex,
  type SkillIndex,
  type SkillSignals,
} from '../src/domain/radar/extraction/build-skill-index.ts';
import { extractSkills } from '../src/domain/radar/extraction/extract-skills.ts';
import { rankSkills } from '../src/domain/radar/extraction/rank-skills.ts';
import {
  deriveCooccurrence,
  type SkillRelation,
} from '../src/domain/radar/extraction/related-skills.ts';
import { tokenizeText } from '../src/domain/radar/extraction/tokenize-text.ts';
import type { SkillEntry } from '../src/domain/radar/extraction/types.ts';
import { escoOccupationCoder } from '../src/domain/radar/get-occupation-coder.ts';
import { STORED_EXTRACTION } from '../src/domain/radar/get-skill-index.ts';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from '../src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';

const DATA = resolve(import.meta.dirname, '../../shared/data');
const DEFAULT_FILES = [
  `${DATA}/decorte-skill-extraction-benchmark/tech_validation_annotations.csv`,
  `${DATA}/decorte-skill-extraction-benchmark/house_validation_annotations.csv`,
  `${DATA}/tabiya-hahu-jobs/hahu_dev.csv`,
];
const DROP = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

type SkillRow = {
  file: string;
  row: 'ranking' | 'baseline';
  n: number;
  rp5: number;
  rp10: number;
  mrr: number;
};
/** What the product stores for each sentence (`STORED_EXTRACTION`), scored as a set. */
type ShippedRow = {
  file: string;
  row: 'shipped';
  n: number;
  precision: number;
  recall: number;
  emptyShare: number;
};
type OccRow = { file: string; n: number; p1: number; p3: number };

const log = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};

interface Args {
  files: string[];
  json: boolean;
  cooc: boolean;
  hierarchy: boolean;
  misses: boolean;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let json = false;
  let cooc = true;
  let hierarchy = true;
  let misses = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--no-cooc') cooc = false;
    else if (a === '--no-hierarchy') hierarchy = false;
    else if (a === '--misses') misses = true;
    else if (a === '--file') {
      const f = argv[i + 1];
      if (!f) throw new Error('--file needs a path');
      files.push(resolve(f));
      i += 1;
    } else if (a?.startsWith('--file=')) files.push(resolve(a.slice(7)));
    else throw new Error(`Unknown argument ${a}`);
  }
  return { files: files.length > 0 ? files : DEFAULT_FILES, json, cooc, hierarchy, misses };
}

/**
 * Skill co-occurrence from skill2vec (headerless CSV: posting id, then skill strings). Each
 * distinct string is mapped to ESCO entries by the explicit matcher (confident, non-nested
 * mentions only), then NPMI over postings. External data, independent of the benchmark gold.
 */
function loadCooccurrence(index: SkillIndex): SkillRelation[] {
  const text = readDataFile(`${DATA}/skill2vec/skill2vec_50K.csv.gz`);
  const memo = new Map<string, number[]>();
  const docs: number[][] = [];
  const pos = new Map(index.entries.map((e, i) => [e.id, i]));
  for (const line of text.split('\n')) {
    const cells = line.split(',').slice(1);
    const doc: number[] = [];
    for (const raw of cells) {
      const cell = raw.trim().toLowerCase();
      if (!cell) continue;
      let ids = memo.get(cell);
      if (!ids) {
        ids = extractSkills(index, cell, { implicit: false, minConfidence: 0.8 }).map(
          (s) => pos.get(s.skillId) ?? -1,
        );
        memo.set(cell, ids);
      }
      doc.push(...ids);
    }
    if (doc.length > 1) docs.push(doc);
  }
  const rel = deriveCooccurrence(index.entries, docs);
  log(`skill2vec: ${docs.length} postings, ${memo.size} strings, ${rel.length} relations`);
  return rel;
}

/**
 * ESCO taxonomy relations between skills: child ↔ broader skill (0.5), siblings under the same
 * broader skill when it has at most 30 children (0.3), skillSkillRelations essential (0.5) /
 * optional (0.3). Fixed prior weights, not tuned.
 */
function loadHierarchy(esco: string, skills: SkillEntry[]): SkillRelation[] {
  const byUri = new Map(skills.map((s) => [s.sourceId ?? '', s.id]));
  const out: SkillRelation[] = [];
  const children = new Map<string, string[]>();
  for (const r of parseCsvRecords(readDataFile(`${esco}/broaderRelationsSkillPillar.csv.gz`))) {
    const child = byUri.get(r.conceptUri ?? '');
    const parent = byUri.get(r.broaderUri ?? '');
    if (!child || !parent) continue;
    out.push({ from: child, to: parent, weight: 0.5 }, { from: parent, to: child, weight: 0.5 });
    const l = children.get(parent) ?? [];
    if (l.length === 0) children.set(parent, l);
    l.push(child);
  }
  for (const l of children.values()) {
    if (l.length > 30) continue;
    for (const a of l) for (const b of l) if (a !== b) out.push({ from: a, to: b, weight: 0.3 });
  }
  for (const r of parseCsvRecords(readDataFile(`${esco}/skillSkillRelations.csv`))) {
    const a = byUri.get(r.originalSkillUri ?? '');
    const b = byUri.get(r.relatedSkillUri ?? '');
    if (!a || !b) continue;
    const w = r.relationType === 'essential' ? 0.5 : 0.3;
    out.push({ from: a, to: b, weight: w }, { from: b, to: a, weight: w });
  }
  log(`ESCO hierarchy: ${out.length} relations`);
  return out;
}

/** Plain BM25 (k1 1.2, b 0.75) over ESCO preferred labels, lowercase word tokens. */
function buildBaseline(entries: SkillEntry[]): (q: string) => string[] {
  const words = (s: string): string[] => {
    const t = tokenizeText(s);
    const out: string[] = [];
    for (let i = 0; i < t.count; i += 1) out.push(s.slice(t.starts[i], t.ends[i]).toLowerCase());
    return out;
  };
  const docs = entries.map((e) => words(e.name));
  const post = new Map<string, [number, number][]>();
  docs.forEach((d, i) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, f] of tf) {
      const l = post.get(w) ?? [];
      if (l.length === 0) post.set(w, l);
      l.push([i, f]);
    }
  });
  const n = docs.length;
  const avg = docs.reduce((s, d) => s + d.length, 0) / n;
  return (q: string) => {
    const scores = new Map<number, number>();
    for (const w of new Set(words(q))) {
      const l = post.get(w);
      if (!l) continue;
      const idf = Math.log(1 + (n - l.length + 0.5) / (l.length + 0.5));
      for (const [d, f] of l) {
        const len = docs[d]?.length ?? 1;
        const s = (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * len) / avg));
        scores.set(d, (scores.get(d) ?? 0) + s);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([d]) => entries[d]?.id ?? '');
  };
}

function skillQueries(records: Record<string, string>[]): { text: string; gold: Set<string> }[] {
  const bySentence = new Map<string, Set<string>>();
  for (const r of records) {
    const s = r.sentence ?? '';
    if (!bySentence.has(s)) bySentence.set(s, new Set());
    const label = (r.label ?? '').trim();
    if (label && !DROP.has(label)) bySentence.get(s)?.add(label);
  }
  return [...bySentence.entries()]
    .filter(([, g]) => g.size > 0)
    .map(([text, gold]) => ({ text, gold }));
}

function scoreRanking(
  queries: { text: string; gold: Set<string> }[],
  rank: (q: string) => string[],
  idToLabel: Map<string, string>,
): Omit<SkillRow, 'file' | 'row'> {
  let rp5 = 0;
  let rp10 = 0;
  let mrr = 0;
  for (const q of queries) {
    const labels = rank(q.text).map((id) => idToLabel.get(id) ?? '');
    const hits = (k: number): number => labels.slice(0, k).filter((l) => q.gold.has(l)).length;
    rp5 += hits(5) / Math.min(5, q.gold.size);
    rp10 += hits(10) / Math.min(10, q.gold.size);
    const first = labels.findIndex((l) => q.gold.has(l));
    if (first >= 0) mrr += 1 / (first + 1);
  }
  const n = queries.length;
  const pct = (v: number): number => Math.round((1000 * v) / Math.max(1, n)) / 10;
  return { n, rp5: pct(rp5), rp10: pct(rp10), mrr: pct(mrr) };
}

/**
 * The stored set per sentence (the product's `extractStoredSkills` options over the same index):
 * micro precision and recall against the gold labels, and the share of sentences with nothing.
 */
function scoreShipped(
  queries: { text: string; gold: Set<string> }[],
  index: SkillIndex,
  idToLabel: Map<string, string>,
): Omit<ShippedRow, 'file'> {
  let stored = 0;
  let right = 0;
  let gold = 0;
  let empty = 0;
  for (const q of queries) {
    const got = new Set(
      extractSkills(index, q.text, STORED_EXTRACTION).map((s) => idToLabel.get(s.skillId) ?? ''),
    );
    if (got.size === 0) empty += 1;
    stored += got.size;
    gold += q.gold.size;
    for (const l of got) if (q.gold.has(l)) right += 1;
  }
  const pct = (v: number, d: number): number => Math.round((1000 * v) / Math.max(1, d)) / 10;
  return {
    row: 'shipped',
    n: queries.length,
    precision: pct(right, stored),
    recall: pct(right, gold),
    emptyShare: pct(empty, queries.length),
  };
}

function main(): void {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const { files, json } = args;
  const esco = `${DATA}/esco-v1.1.1`;
  const skills = parseEscoSkills(readDataFile(`${esco}/skills_en.csv.gz`));
  const plain = buildSkillIndex(skills);
  const signals: SkillSignals = {
    cooccurrence: args.cooc ? loadCooccurrence(plain) : undefined,
    hierarchy: args.hierarchy ? loadHierarchy(esco, skills) : undefined,
  };
  const index = args.cooc || args.hierarchy ? buildSkillIndex(skills, signals) : plain;
  const baseline = buildBaseline(skills);
  const idToLabel = new Map(skills.map((s) => [s.id, s.name]));
  log(`ESCO: ${skills.length} skills indexed in ${Math.round(performance.now() - started)} ms`);
  let escoCoder: ReturnType<typeof escoOccupationCoder> | undefined;

  const rows: (SkillRow | ShippedRow | OccRow)[] = [];
  for (const file of files) {
    const records = parseCsvRecords(readDataFile(file));
    const cols = new Set(Object.keys(records[0] ?? {}));
    const name = basename(file);
    if (cols.has('sentence') && cols.has('label')) {
      const queries = skillQueries(records);
      log(`${name}: ${queries.length} queries`);
      const ours = scoreRanking(
        queries,
        (q) => rankSkills(index, q, 200).map((r) => r.skillId),
        idToLabel,
      );
      rows.push({ file: name, row: 'ranking', ...ours });
      rows.push({ file: name, ...scoreShipped(queries, index, idToLabel) });
      rows.push({
        file: `${name} [baseline BM25 preferred labels]`,
        row: 'baseline',
        ...scoreRanking(queries, baseline, idToLabel),
      });
    } else if (cols.has('title') && cols.has('description') && cols.has('esco_code')) {
      // The product's ESCO coder (`escoOccupationCoder`, what `postOccupation` uses once the
      // instance imported ESCO), over the plain ESCO skill index as the product builds it.
      escoCoder ??= escoOccupationCoder(
        plain,
        parseEscoOccupations(readDataFile(`${esco}/occupations_en.csv.gz`)),
        parseEscoOccupationSkills(readDataFile(`${esco}/occupationSkillRelations.csv.gz`)),
      );
      const coder = escoCoder;
      const ads = records.filter((r) => (r.esco_code ?? '').trim());
      log(`${name}: ${ads.length} job ads`);
      const hits: { p1: boolean; p3: boolean }[] = [];
      // One coding first, so the timing leaves out one-off loads (lexicon, lookup tables).
      codeOccupation(coder, ads[0]?.title ?? '', ads[0]?.description ?? '', []);
      const t0 = performance.now();
      for (const ad of ads) {
        // The product's labelling function (title and description only), then its top 3.
        const label = codeOccupation(coder, ad.title ?? '', ad.description ?? '', []);
        const codes = rankPostOccupations(coder, ad.title ?? '', ad.description ?? '', [], 3).map(
          (r) => r.code,
        );
        const gold = (ad.esco_code ?? '').trim();
        hits.push({ p1: label?.code === gold, p3: codes.includes(gold) });
      }
      if (args.misses) {
        const nameOf = new Map(coder.index.occupations.map((o) => [o.code, o.name]));
        ads.forEach((ad, i) => {
          const gold = (ad.esco_code ?? '').trim();
          if (i % 2 === 1 || hits[i]?.p1) return;
          const ranked = rankPostOccupations(coder, ad.title ?? '', ad.description ?? '', [], 200);
          const at = ranked.findIndex((r) => r.code === gold);
          log(
            `miss row ${i}: "${ad.title ?? ''}" gold ${gold} ${nameOf.get(gold) ?? '?'} rank ${at < 0 ? '>200' : at + 1}`,
          );
          for (const r of ranked.slice(0, 3)) log(`    ${r.code} ${r.name} ${r.score.toFixed(3)}`);
        });
      }
      // Two calls per ad above (label, then top 3): half the time is one coding.
      const msPerPost = (performance.now() - t0) / Math.max(1, 2 * ads.length);
      log(`${name}: occupation coding ${msPerPost.toFixed(2)} ms per post`);
      // Tuning used the even rows only; the odd rows show what tuning did not see.
      const halves: [string, (i: number) => boolean][] = [
        [name, () => true],
        [`${name} [tune: even rows]`, (i) => i % 2 === 0],
        [`${name} [check: odd rows]`, (i) => i % 2 === 1],
      ];
      for (const [file, keep] of halves) {
        const part = hits.filter((_, i) => keep(i));
        const n = part.length;
        const pct = (v: number): number => Math.round((1000 * v) / Math.max(1, n)) / 10;
        rows.push({
          file,
          n,
          p1: pct(part.filter((h) => h.p1).length),
          p3: pct(part.filter((h) => h.p3).length),
        });
      }
    } else {
      throw new Error(`${name}: unrecognised columns ${[...cols].join(', ')}`);
    }
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  const fmt = (v: number): string => v.toFixed(1).padStart(6);
  process.stdout.write(
    `${'file'.padEnd(width)}  ${'n'.padStart(4)}   RP@5  RP@10    MRR   P@1    P@3\n`,
  );
  for (const r of rows) {
    const head = `${r.file.padEnd(width)}  ${String(r.n).padStart(4)} `;
    if ('rp5' in r) process.stdout.write(`${head}${fmt(r.rp5)} ${fmt(r.rp10)} ${fmt(r.mrr)}\n`);
    else if ('precision' in r)
      process.stdout.write(
        `${head} shipped: precision ${r.precision.toFixed(1)}  recall ${r.recall.toFixed(1)}  empty ${r.emptyShare.toFixed(1)} %\n`,
      );
    else process.stdout.write(`${head}${' '.repeat(21)}${fmt(r.p1)} ${fmt(r.p3)}\n`);
  }
}

main();
