/**
 * Re-rank experiment for the ESCO occupation coder: can a learnt re-rank of the coder's best
 * `SEMANTIC_DEPTH` occupations raise P@1 on hahu_dev beyond the half it was fitted on? Fits on
 * the EVEN rows only and reports the odd rows, which the fit never sees. (It did not: see
 * "Result" below; the product ranks without it.)
 *
 * Per ad (title + description only, never the file's skill columns): the product's lexical
 * evidence (`occupationEvidence`), its best `SEMANTIC_DEPTH` occupations, their features
 * (`candidateFeatures` in eval/occupation-rerank/features.ts, plus five read here: `iscoText`,
 * the tf-idf cosine between the ad and the occupation's ISCO unit group text from
 * ISCOGroups_en.csv; `groupShare` / `groupCount`, how much of the other candidates' score, and
 * how many of them, share its ISCO unit group; `titleOnlyFirst` / `titleOnlyRank`, where the
 * coder ranks it from the title alone) and base score (lexical + `SEMANTIC_WEIGHT` × LSA
 * cosine: what ranks them in the product). Model: score = β·base + w·z (z = features
 * standardised over the even rows' candidates), listwise softmax loss over the candidates of
 * the ads whose gold is among them, L2 on w (λ), plain gradient descent; β·base alone is the
 * product's order. Without `--features`, features are chosen greedily (forward selection) by
 * 4-fold cross-validated P@1 inside the even rows (fold = position mod 4), λ likewise; then
 * refitted on all even rows. Prints P@1 / P@3 before and after for both halves, how many ads
 * the re-rank fixed and broke in each, and the raw-scale weights (w / (β · std)).
 *
 * Result (ESCO v1.1.1, hahu_dev; P@1 / P@3): no re-rank, tune 55.4 / 68.5, check 46.2 / 62.6.
 * Forward selection keeps `semantic` only (CV 56.5, one ad): tune 55.4 / 68.5, check 47.3 / 62.6.
 * All 25 features (λ 0.3 by CV): CV 54.3, below no re-rank; tune 58.7 / 70.7 (6 fixed, 3
 * broken), check 47.3 / 62.6 (4 fixed, 3 broken). The first 23 (no title-only features): CV
 * 53.3; tune 57.6 / 70.7 (5 fixed, 3 broken), check 47.3 / 64.8 (2 fixed, 1 broken). The 15
 * without the semantic split, ISCO and group features: CV 53.3, tune 56.5 / 65.2, check 47.3 /
 * 63.7. Alone (`--single`), no feature beats no re-rank by more than one ad in CV. The check
 * half moves by one ad whatever the model, the fit half by up to three: noise. Not shipped.
 *
 * Usage: tsx eval/occupation-rerank/fit.ts [--file hahu_dev.csv] [--lambda x]
 *   [--features a,b,...] [--depth n] [--single] [--iterations n]
 *   --depth: re-rank only the first n of the product's order; --single: each feature alone (CV).
 */
import { resolve } from 'node:path';
import { buildSkillIndex } from '../../src/domain/radar/extraction/build-skill-index.ts';
import {
  buildOccupationTextIndex,
  matchOccupationText,
} from '../../src/domain/radar/extraction/match-occupation-text.ts';
import {
  occupationEvidence,
  rankOccupations,
  topK,
} from '../../src/domain/radar/extraction/rank-occupations.ts';
import {
  SEMANTIC_DEPTH,
  SEMANTIC_WEIGHT,
  semanticCosines,
} from '../../src/domain/radar/extraction/rerank-by-semantics.ts';
import { escoOccupationCoder } from '../../src/domain/radar/get-occupation-coder.ts';
import { parseCsvRecords } from '../../src/domain/radar/importers/parse-csv.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from '../../src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '../../src/domain/radar/importers/read-data-file.ts';
import { candidateFeatures, RERANK_FEATURES } from './features.ts';

const DATA = resolve(import.meta.dirname, '../../../shared/data');
const ESCO = `${DATA}/esco-v1.1.1`;

/** Every feature the fit may use: the feature module's, then the five read here. */
const FEATURES: readonly string[] = [
  ...RERANK_FEATURES,
  'iscoText',
  'groupShare',
  'groupCount',
  'titleOnlyFirst',
  'titleOnlyRank',
];

interface Ad {
  row: number;
  /** Per candidate, in the product's order: its base score and its features (`FEATURES`). */
  base: number[];
  x: number[][];
  /** Position of the gold among the candidates, or -1. */
  gold: number;
}

interface Args {
  file: string;
  lambda?: number;
  features?: string[];
  depth: number;
  single: boolean;
  iterations: number;
}

function parseArgs(): Args {
  const a = process.argv.slice(2);
  const out: Args = {
    file: `${DATA}/tabiya-hahu-jobs/hahu_dev.csv`,
    depth: SEMANTIC_DEPTH,
    single: false,
    iterations: 1500,
  };
  for (let i = 0; i < a.length; i += 1) {
    const next = (): string => {
      const v = a[i + 1];
      if (v === undefined) throw new Error(`${a[i]} needs a value`);
      i += 1;
      return v;
    };
    if (a[i] === '--file') out.file = resolve(next());
    else if (a[i] === '--lambda') out.lambda = Number(next());
    else if (a[i] === '--depth') out.depth = Number(next());
    else if (a[i] === '--iterations') out.iterations = Number(next());
    else if (a[i] === '--single') out.single = true;
    else if (a[i] === '--features') {
      out.features = next().split(',');
      for (const f of out.features) if (!FEATURES.includes(f)) throw new Error(`No feature ${f}`);
    } else throw new Error(`Unknown argument ${a[i]}`);
  }
  return out;
}

/** ISCO unit group code (4 digits) → its label and description, up to what it excludes. */
function iscoUnitTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of parseCsvRecords(readDataFile(`${ESCO}/ISCOGroups_en.csv`))) {
    const code = (r.code ?? '').trim();
    if (code.length !== 4) continue;
    const d = (r.description ?? '').split(/Some related occupations|Excluded from this/)[0] ?? '';
    out.set(code, `${r.preferredLabel ?? ''}\n${r.altLabels ?? ''}\n${d}`);
  }
  return out;
}

function loadAds(file: string, depth: number): Ad[] {
  const { index } = escoOccupationCoder(
    buildSkillIndex(parseEscoSkills(readDataFile(`${ESCO}/skills_en.csv.gz`))),
    parseEscoOccupations(readDataFile(`${ESCO}/occupations_en.csv.gz`)),
    parseEscoOccupationSkills(readDataFile(`${ESCO}/occupationSkillRelations.csv.gz`)),
  );
  const isco = iscoUnitTexts();
  const groups = [...isco.keys()];
  const groupText = buildOccupationTextIndex(groups.map((g) => isco.get(g) ?? ''));
  const groupAt = new Map(groups.map((g, i) => [g, i]));
  const ads = parseCsvRecords(readDataFile(file)).filter((r) => (r.esco_code ?? '').trim());
  return ads.map((ad, row) => {
    const description = ad.description ?? '';
    const ev = occupationEvidence(index, ad.title ?? '', description);
    const top = topK(ev.score, index.depth, SEMANTIC_DEPTH);
    const sem = semanticCosines(index, ev.titleMain, description, top);
    const tsem = semanticCosines(index, ev.titleMain, '', top);
    const dsem = semanticCosines(index, '', description, top);
    const base = top.map((o, j) => (ev.score[o] ?? 0) + SEMANTIC_WEIGHT * (sem?.[j] ?? 0));
    const iscoCos = matchOccupationText(groupText, `${ev.titleMain}\n${description}`);
    // The ranking the title alone gets (no description).
    const titleOnly = rankOccupations(index, ad.title ?? '', '', SEMANTIC_DEPTH).map((r) => r.code);
    const unit = top.map((o) => (index.occupations[o]?.iscoGroup ?? '').slice(0, 4));
    const total = base.reduce((p, q) => p + Math.max(q, 0), 0) || 1;
    const x = candidateFeatures(index, ev, top, sem, tsem, dsem).map((r, j) => {
      let mass = 0;
      let count = 0;
      unit.forEach((g, i) => {
        if (i !== j && g === unit[j]) {
          mass += Math.max(base[i] as number, 0);
          count += 1;
        }
      });
      const cos = iscoCos.get(groupAt.get(unit[j] ?? '') ?? -1) ?? 0;
      const at = titleOnly.indexOf(index.occupations[top[j] as number]?.code ?? '');
      return [...r, cos, mass / total, count, at === 0 ? 1 : 0, at < 0 ? 0 : 1 / (1 + at)];
    });
    const gold = top.findIndex((o) => index.occupations[o]?.code === (ad.esco_code ?? '').trim());
    // Candidates in the product's order (base score), the first `depth` of them.
    const keep = base
      .map((_, j) => j)
      .sort((p, q) => (base[q] as number) - (base[p] as number) || p - q)
      .slice(0, depth);
    return {
      row,
      base: keep.map((j) => base[j] as number),
      x: keep.map((j) => x[j] as number[]),
      gold: keep.indexOf(gold),
    };
  });
}

/** Gradient steps per fit (`--iterations`). */
const ITERATIONS = { n: 1500 };

interface Model {
  beta: number;
  w: number[];
}

/** Standardised features (columns `cols`) of every candidate, with the training mean/std. */
function standardise(ads: Ad[], train: Ad[], cols: number[]): { z: number[][][]; std: number[] } {
  const mean = cols.map(() => 0);
  const sq = cols.map(() => 0);
  let n = 0;
  for (const ad of train)
    for (const r of ad.x) {
      n += 1;
      cols.forEach((c, k) => {
        mean[k] = (mean[k] as number) + (r[c] as number);
        sq[k] = (sq[k] as number) + (r[c] as number) ** 2;
      });
    }
  const m = mean.map((v) => v / n);
  const std = sq.map((v, k) => Math.sqrt(Math.max(v / n - (m[k] as number) ** 2, 0)) || 1);
  const z = ads.map((ad) =>
    ad.x.map((r) => cols.map((c, k) => ((r[c] as number) - (m[k] as number)) / (std[k] as number))),
  );
  return { z, std };
}

function scores(ad: Ad, z: number[][], m: Model): number[] {
  return ad.base.map(
    (b, j) => m.beta * b + m.w.reduce((s, w, k) => s + w * ((z[j] as number[])[k] as number), 0),
  );
}

/** Listwise softmax fit by gradient descent; ads without the gold among candidates are skipped. */
function fitModel(ads: Ad[], z: number[][][], lambda: number, dims: number): Model {
  const m: Model = { beta: 1, w: new Array(dims).fill(0) };
  const used = ads.map((ad, i) => ({ ad, z: z[i] as number[][] })).filter((u) => u.ad.gold >= 0);
  const lr = 0.05;
  for (let it = 0; it < ITERATIONS.n; it += 1) {
    let gb = 0;
    const gw = new Array(dims).fill(0);
    for (const { ad, z: zz } of used) {
      const s = scores(ad, zz, m);
      const mx = Math.max(...s);
      const e = s.map((v) => Math.exp(v - mx));
      const tot = e.reduce((a, b) => a + b, 0);
      e.forEach((v, j) => {
        const g = v / tot - (j === ad.gold ? 1 : 0);
        gb += g * (ad.base[j] as number);
        for (let k = 0; k < dims; k += 1) gw[k] += g * ((zz[j] as number[])[k] as number);
      });
    }
    const n = used.length || 1;
    m.beta -= (lr * gb) / n;
    for (let k = 0; k < dims; k += 1)
      m.w[k] = (m.w[k] as number) - lr * ((gw[k] as number) / n + lambda * (m.w[k] as number));
  }
  return m;
}

function evaluate(ads: Ad[], z: number[][][], m: Model): { p1: number; p3: number; n: number } {
  let p1 = 0;
  let p3 = 0;
  ads.forEach((ad, i) => {
    if (ad.gold < 0) return;
    const s = scores(ad, z[i] as number[][], m);
    // Stable: equal scores keep the lexical order.
    const order = s.map((v, j) => [v, j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const at = order.findIndex(([, j]) => j === ad.gold);
    if (at === 0) p1 += 1;
    if (at < 3) p3 += 1;
  });
  return { p1: (100 * p1) / ads.length, p3: (100 * p3) / ads.length, n: ads.length };
}

const fmt = (r: { p1: number; p3: number; n: number }) =>
  `P@1 ${r.p1.toFixed(1)} P@3 ${r.p3.toFixed(1)} (n ${r.n})`;

/** P@1 of 4-fold cross-validation inside `even` (fold = position mod 4). */
function crossValidate(even: Ad[], cols: number[], lambda: number): number {
  let hit = 0;
  for (let f = 0; f < 4; f += 1) {
    const train = even.filter((_, i) => i % 4 !== f);
    const held = even.filter((_, i) => i % 4 === f);
    const st = standardise(held, train, cols);
    const tz = standardise(train, train, cols).z;
    const m = fitModel(train, tz, lambda, cols.length);
    hit += (evaluate(held, st.z, m).p1 * held.length) / 100;
  }
  return (100 * hit) / even.length;
}

function main(): void {
  const a = parseArgs();
  ITERATIONS.n = a.iterations;
  const ads = loadAds(a.file, a.depth);
  const even = ads.filter((ad) => ad.row % 2 === 0);
  const odd = ads.filter((ad) => ad.row % 2 === 1);
  const lambdas = a.lambda !== undefined ? [a.lambda] : [0.3, 0.1, 0.03, 0.01];
  const col = (f: string): number => FEATURES.indexOf(f);
  if (a.single) {
    // Each feature alone: CV P@1 per λ, and the fit on all even rows (tune P@1, raw weight).
    for (const f of FEATURES) {
      const cols = [col(f)];
      const cv = lambdas.map((l) => crossValidate(even, cols, l).toFixed(1));
      const zE = standardise(even, even, cols);
      const m = fitModel(even, zE.z, lambdas[0] as number, 1);
      const w = (m.w[0] as number) / (m.beta * (zE.std[0] as number));
      const p1 = evaluate(even, zE.z, m).p1.toFixed(1);
      console.log(`${f}: CV P@1 ${cv.join(' ')}; fitted tune P@1 ${p1}, w ${w.toFixed(3)}`);
    }
    return;
  }
  let names: string[];
  if (a.features) names = a.features;
  else {
    // Greedy forward selection by CV P@1 inside the even rows (best λ per step).
    names = [];
    let cur = crossValidate(even, [], 0);
    process.stderr.write(`no features: CV P@1 ${cur.toFixed(1)}\n`);
    for (;;) {
      let step: { f: string; p1: number } | undefined;
      for (const f of FEATURES) {
        if (names.includes(f)) continue;
        const cols = [...names, f].map(col);
        const p1 = Math.max(...lambdas.map((l) => crossValidate(even, cols, l)));
        if (!step || p1 > step.p1) step = { f, p1 };
      }
      if (!step || step.p1 <= cur) break;
      names.push(step.f);
      cur = step.p1;
      process.stderr.write(`+ ${step.f}: CV P@1 ${cur.toFixed(1)}\n`);
    }
  }
  const cols = names.map(col);
  const none: Model = { beta: 1, w: cols.map(() => 0) };
  let best = { lambda: lambdas[0] as number, p1: -1 };
  for (const lambda of lambdas) {
    const p1 = crossValidate(even, cols, lambda);
    process.stderr.write(`lambda ${lambda}: even-row 4-fold CV P@1 ${p1.toFixed(1)}\n`);
    if (p1 > best.p1) best = { lambda, p1 };
  }
  const zEven = standardise(even, even, cols);
  const zOdd = standardise(odd, even, cols);
  const m = fitModel(even, zEven.z, best.lambda, cols.length);
  console.log(`features: ${names.join(', ')}`);
  console.log(
    `chosen lambda ${best.lambda} (CV P@1 ${best.p1.toFixed(1)}), beta ${m.beta.toFixed(3)}`,
  );
  console.log(
    `before  tune ${fmt(evaluate(even, zEven.z, none))}  check ${fmt(evaluate(odd, zOdd.z, none))}`,
  );
  console.log(
    `after   tune ${fmt(evaluate(even, zEven.z, m))}  check ${fmt(evaluate(odd, zOdd.z, m))}`,
  );
  // Ads whose first changed: miss → hit (fixed) and hit → miss (broken), per half.
  for (const [half, list, zz] of [
    ['tune', even, zEven.z],
    ['check', odd, zOdd.z],
  ] as const) {
    let fixed = 0;
    let broken = 0;
    list.forEach((ad, i) => {
      const one = (mm: Model) => evaluate([ad], [zz[i] as number[][]], mm).p1 > 0;
      const was = one(none);
      const now = one(m);
      if (!was && now) fixed += 1;
      if (was && !now) broken += 1;
    });
    console.log(`${half}: ${fixed} fixed, ${broken} broken`);
  }
  const raw = names.map((f, k) => [f, (m.w[k] as number) / (m.beta * (zEven.std[k] as number))]);
  for (const [f, w] of raw) console.log(`  ${f}: ${(w as number).toFixed(4)},`);
}

main();
