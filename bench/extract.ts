/**
 * Extraction throughput benchmark (`npm run bench:extract`).
 *
 * Builds a ≥10 MB lowercased corpus from real job-ad text in ../shared/data (hahu ads,
 * SkillSpan, Decorte and Green sentences, shuffled and repeated deterministically) and the
 * full ESCO label set (preferred + alt labels, lowercased), then times, setup included:
 *   ours: buildSkillIndex + extractSkills(…, { implicit: false }) (the explicit fast path)
 *   baseline: LC_ALL=C grep -F -o -f labels.txt corpus.txt on the same whole corpus (wall
 *     clock, via child_process): a multi-pattern matcher in C, about as fast here as a C
 *     Aho–Corasick. (`-w` is not used: GNU grep's word-boundary retries with ~100k patterns
 *     run at about 1 KB/s, which would make any ratio meaningless.)
 * Each side runs `--runs` times (default 5), interleaved so load hits both alike; the medians
 * are reported. Also times what the product stores: `extractStoredSkills` with the product's
 * index (taxonomy, morphology, task phrases) on each source text on its own, as imports and
 * client requests run it (`productMbPerSec`, and `productRatio` to the same grep figure): the
 * per-text costs a single 11 MB text hides. Prints `{ corpusMB, mbPerSec, baselineMbPerSec,
 * ratio, productMbPerSec, productRatio }` (with `--json`, as one JSON object on stdout).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSkillIndex } from '../src/domain/radar/extraction/build-skill-index.ts';
import { extractSkills } from '../src/domain/radar/extraction/extract-skills.ts';
import { buildProductIndex, extractStoredSkills } from '../src/domain/radar/get-skill-index.ts';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import { parseEscoSkills } from '../src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';
import { mulberry32 } from '../src/kernel/mulberry32.ts';

const DATA = resolve(import.meta.dirname, '../../shared/data');
const TARGET_BYTES = 10 * 1024 * 1024;
const json = process.argv.includes('--json');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(1, runsArg ? Number(runsArg.slice('--runs='.length)) : 5);
const log = (m: string): void => {
  process.stderr.write(`${m}\n`);
};

function collectTexts(): string[] {
  const texts: string[] = [];
  for (const r of parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`))) {
    if (r.description) texts.push(r.description);
  }
  const skillspan = join(DATA, 'skillspan/json');
  for (const f of readdirSync(skillspan)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    for (const line of readDataFile(join(skillspan, f)).split('\n')) {
      if (!line.trim()) continue;
      const { tokens } = JSON.parse(line) as { tokens: string[] };
      texts.push(tokens.join(' '));
    }
  }
  const decorte = join(DATA, 'decorte-skill-extraction-benchmark');
  for (const f of ['tech_validation_annotations.csv', 'house_validation_annotations.csv']) {
    const seen = new Set<string>();
    for (const r of parseCsvRecords(readDataFile(join(decorte, f)))) {
      if (r.sentence && !seen.has(r.sentence)) {
        seen.add(r.sentence);
        texts.push(r.sentence);
      }
    }
  }
  let sentence: string[] = [];
  for (const line of readDataFile(`${DATA}/green-benchmark/testset.txt`).split('\n')) {
    const word = line.trim().split(/\s+/)[0];
    if (!word) {
      if (sentence.length > 0) texts.push(sentence.join(' '));
      sentence = [];
    } else sentence.push(word);
  }
  if (sentence.length > 0) texts.push(sentence.join(' '));
  return texts;
}

function buildCorpus(texts: string[]): string {
  const next = mulberry32(20240611);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const order = texts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const t = texts[i] ?? '';
      parts.push(t);
      bytes += Buffer.byteLength(t) + 1;
    }
  }
  return `${parts.join('\n')}\n`.toLowerCase();
}

function runGrep(labelsPath: string, corpusPath: string): Promise<{ ms: number; matches: number }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn('grep', ['-F', '-o', '-f', labelsPath, corpusPath], {
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let matches = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i += 1) if (chunk[i] === 10) matches += 1;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0 && code !== 1) reject(new Error(`grep exited with ${code}`));
      else resolvePromise({ ms, matches });
    });
  });
}

async function main(): Promise<void> {
  const entries = parseEscoSkills(readDataFile(`${DATA}/esco-v1.1.1/skills_en.csv.gz`));
  const labels = [
    ...new Set(
      entries
        .flatMap((e) => [e.name, ...e.aliases])
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].sort();
  const texts = collectTexts();
  const corpus = buildCorpus(texts);
  const corpusMB = Buffer.byteLength(corpus) / (1024 * 1024);
  const lowered = entries.map((e) => ({
    ...e,
    name: e.name.toLowerCase(),
    aliases: e.aliases.map((a) => a.toLowerCase()),
  }));
  const dir = mkdtempSync(join(tmpdir(), 'skilltrace-bench-'));
  try {
    const labelsPath = join(dir, 'labels.txt');
    const corpusPath = join(dir, 'corpus.txt');
    writeFileSync(labelsPath, `${labels.join('\n')}\n`);
    writeFileSync(corpusPath, corpus);
    log(`corpus ${corpusMB.toFixed(1)} MB, ${labels.length} labels, ${RUNS} runs each`);
    const oursMs: number[] = [];
    const grepMs: number[] = [];
    const productMs: number[] = [];
    // What imports, briefs and client requests store: the product's index (taxonomy, task
    // phrases) on each text on its own, as stored (`extractStoredSkills`), built once.
    const product = buildProductIndex();
    const textsMB = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
    for (let run = 0; run < RUNS; run++) {
      const p0 = performance.now();
      let stored = 0;
      for (const t of texts) stored += extractStoredSkills(product, t).length;
      productMs.push(performance.now() - p0);
      log(
        `product, per text: ${texts.length} texts (${textsMB.toFixed(1)} MB) in ${(productMs.at(-1) ?? 0).toFixed(0)} ms, ${stored} stored skills`,
      );
      const t0 = performance.now();
      const index = buildSkillIndex(lowered);
      const t1 = performance.now();
      const found = extractSkills(index, corpus, { implicit: false, minConfidence: 0 });
      const t2 = performance.now();
      oursMs.push(t2 - t0);
      const mentions = found.reduce((s, f) => s + f.spans.length, 0);
      log(
        `ours: build ${(t1 - t0).toFixed(0)} ms + match ${(t2 - t1).toFixed(0)} ms, ${found.length} skills, ${mentions} distinct spans`,
      );
      const grep = await runGrep(labelsPath, corpusPath);
      grepMs.push(grep.ms);
      log(`grep -F -o: ${grep.ms.toFixed(0)} ms, ${grep.matches} matches`);
    }

    const median = (xs: number[]): number => {
      const s = [...xs].sort((x, y) => x - y);
      return s[Math.floor(s.length / 2)] as number;
    };
    const mbPerSec = corpusMB / (median(oursMs) / 1000);
    const baselineMbPerSec = corpusMB / (median(grepMs) / 1000);
    const round = (v: number): number => Number(v.toPrecision(4));
    const productMbPerSec = textsMB / (median(productMs) / 1000);
    const result = {
      corpusMB: round(corpusMB),
      mbPerSec: round(mbPerSec),
      baselineMbPerSec: round(baselineMbPerSec),
      ratio: round(mbPerSec / baselineMbPerSec),
      productMbPerSec: round(productMbPerSec),
      productRatio: round(productMbPerSec / baselineMbPerSec),
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        `corpus ${result.corpusMB} MB | ours ${result.mbPerSec} MB/s | grep -F -o ${result.baselineMbPerSec} MB/s | ratio ${result.ratio}\n` +
          `product extraction, text by text: ${result.productMbPerSec} MB/s | ratio to the same grep ${result.productRatio}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
