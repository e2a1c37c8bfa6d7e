/**
 * Peer-matching benchmark: `--profiles N` synthetic profiles from the taxonomy (default 100k;
 * 1,000,000 works); per-query p50/p95 of the index-based matcher (the one the API uses), the
 * time for top-10 of a sample of `--batch-sample` profiles (default 2,000; the all-profiles
 * batch is quadratic, so its time is estimated from the sample), and recall@10 against brute
 * force on a sample, measured in the same run.
 * `--json` prints exactly one object
 * {profiles, p50Ms, p95Ms, batchSample, batchSampleSeconds, estimatedBatchSeconds, recallAt10, bruteForceP95Ms}.
 */
import { buildMatchIndex } from '../src/domain/peers/matcher/build-match-index.ts';
import { syntheticPeers } from '../src/domain/peers/matcher/synthetic-profiles.ts';
import { bruteForceTopMatches, topMatches } from '../src/domain/peers/matcher/top-matches.ts';
import { getTaxonomy } from '../src/domain/radar/index.ts';
import { percentile } from './bench-args.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const profilesArg = args.indexOf('--profiles');
const N = profilesArg >= 0 ? Number(args[profilesArg + 1]) : 100_000;
const sampleArg = args.indexOf('--batch-sample');
const SAMPLE = Math.min(N, sampleArg >= 0 ? Number(args[sampleArg + 1]) : 2_000);
const log = (m: string) => process.stderr.write(`${m}\n`);

const t = getTaxonomy();
let t0 = performance.now();
const people = syntheticPeers(N, t.roles, t.skills, 2026);
log(`generated ${N} profiles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
t0 = performance.now();
const index = buildMatchIndex(people);
const buildMs = performance.now() - t0;
log(`built the index in ${buildMs.toFixed(0)} ms`);

const queryTimes: number[] = [];
for (let i = 0; i < 1000; i++) {
  const q = people[(i * 7919) % N]!;
  const s = performance.now();
  topMatches(index, q);
  queryTimes.push(performance.now() - s);
}

t0 = performance.now();
// Every (N / SAMPLE)-th profile: spread over the whole population, not its first slice.
for (let i = 0; i < SAMPLE; i++) topMatches(index, people[Math.floor((i * N) / SAMPLE)]!);
const batchSampleSeconds = (performance.now() - t0) / 1000;

let hits = 0;
let total = 0;
const bruteTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const q = people[(i * 104_729) % N]!;
  const s = performance.now();
  const truth = bruteForceTopMatches(people, q).map((m) => m.id);
  bruteTimes.push(performance.now() - s);
  const got = new Set(topMatches(index, q).map((m) => m.id));
  hits += truth.filter((id) => got.has(id)).length;
  total += truth.length;
}

const result = {
  profiles: N,
  p50Ms: Number(percentile(queryTimes, 50).toFixed(3)),
  p95Ms: Number(percentile(queryTimes, 95).toFixed(3)),
  batchSample: SAMPLE,
  batchSampleSeconds: Number(batchSampleSeconds.toFixed(2)),
  estimatedBatchSeconds: Number(((batchSampleSeconds * N) / SAMPLE).toFixed(1)),
  recallAt10: total ? Number((hits / total).toFixed(4)) : 1,
  bruteForceP95Ms: Number(percentile(bruteTimes, 95).toFixed(1)),
};
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(`
Peer matching on ${N.toLocaleString()} synthetic profiles (index build ${buildMs.toFixed(0)} ms)

  measure                          value     target
  per-query p50 (index)        ${result.p50Ms.toFixed(2).padStart(9)} ms
  per-query p95 (index)        ${result.p95Ms.toFixed(2).padStart(9)} ms   <= 50 ms
  per-query p95 (brute force)  ${result.bruteForceP95Ms.toFixed(1).padStart(9)} ms   (baseline, same run)
  speed-up p95 vs brute force  ${(result.bruteForceP95Ms / Math.max(result.p95Ms, 1e-6)).toFixed(1).padStart(9)} x
  top-10 for ${String(SAMPLE).padEnd(6)} profiles   ${result.batchSampleSeconds.toFixed(1).padStart(9)} s   (all: about ${result.estimatedBatchSeconds} s)
  recall@10 vs brute force     ${result.recallAt10.toFixed(3).padStart(9)}      >= 0.95
`);
}
