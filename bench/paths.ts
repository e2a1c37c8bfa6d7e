/**
 * Path planning benchmark (`npm run bench:paths`).
 *
 * Plans 40-step learning paths on the embedded database (PGlite, in memory, migrated, catalog
 * synced): each run is a full `createPath` (profile and catalog reads, the offline planner,
 * scheduling, canonical JSON and hashing, the path and version writes, and the presented view).
 * Every run uses distinct inputs (a different start date and weekly budget), so nothing is
 * served from a cache.
 *
 * Baseline, measured in the same run under the same load: a one-step path (a goal skill with
 * no prerequisites) through the same `createPath`, the floor of the call (store reads and
 * writes, versioning, the view) without the planning a 40-step path needs. Baseline and
 * 40-step runs alternate, so a busy machine slows both alike. Prints p50/p95 in ms of both;
 * `--json` prints exactly one object `{runs, p50Ms, p95Ms, baselineP50Ms, baselineP95Ms}` on
 * stdout. `--runs=N` (default 200). Target: p95 ≤ 50 ms (in the run that measured the baseline).
 */
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createUser, updateProfile } from '../src/domain/accounts/index.ts';
import { createPath, ensureCatalog } from '../src/domain/paths/index.ts';
import { orderSteps } from '../src/domain/paths/order-steps.ts';
import { getTaxonomy } from '../src/domain/radar/index.ts';
import { createLogger } from '../src/logger.ts';
import { openStore } from '../src/store/open-store.ts';

const json = process.argv.includes('--json');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 200;
const WARMUP = 10;
const STEPS = 40;
const log = (m: string) => {
  if (!json) process.stdout.write(`${m}\n`);
};

/** Goal skills whose prerequisite closure is exactly `STEPS` skills (deterministic). */
function fortyStepGoal(): string[] {
  const tax = getTaxonomy();
  const goal: string[] = [];
  const size = (g: string[]) => orderSteps(tax, g).length;
  const candidates = [...tax.skills].sort(
    (a, b) => b.prerequisites.length - a.prerequisites.length || (a.id < b.id ? -1 : 1),
  );
  for (const s of candidates) {
    const n = size([...goal, s.id]);
    if (n <= STEPS) goal.push(s.id);
    if (n === STEPS) break;
  }
  if (size(goal) !== STEPS)
    throw new Error(`could not build a ${STEPS}-step goal (got ${size(goal)})`);
  return goal;
}

/** A goal skill without prerequisites: a one-step path, the baseline. */
function oneStepGoal(): string[] {
  const tax = getTaxonomy();
  const s = [...tax.skills]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .find((x) => orderSteps(tax, [x.id]).length === 1);
  if (!s) throw new Error('no skill without prerequisites');
  return [s.id];
}

function pct(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 100) / 100;
}

const store = await openStore({ kind: 'pglite' });
await store.migrate();
const config = {
  ...loadConfig({
    NODE_ENV: 'test',
    SKILLTRACE_LOG_LEVEL: 'silent',
    SKILLTRACE_DATA_DIR: '/tmp/skilltrace-bench-unused',
  }),
  secretKey: 'b'.repeat(64),
};
const app = createApp({ config, store, log: createLogger('silent') });
try {
  await ensureCatalog(app.ctx);
  const user = await createUser(app.ctx, {
    email: 'bench@example.com',
    password: 'long-enough-pw',
    name: 'Bench',
  });
  await updateProfile(app.ctx, user.id, {
    weeklyHours: 8,
    learningDays: ['mon', 'wed', 'fri', 'sat'],
    formats: ['reading', 'interactive'],
  });
  const goal = fortyStepGoal();
  const baselineGoal = oneStepGoal();
  const times: number[] = [];
  const cpu: number[] = [];
  const baseTimes: number[] = [];
  const baseCpu: number[] = [];
  /** One `createPath` of `skillIds` starting `i` days after 2026-01-01: wall and CPU ms. */
  const plan = async (skillIds: string[], i: number, expectSkills: number) => {
    const start = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const p = await createPath(app.ctx, user.id, {
      goal: { skillIds },
      startDate: start,
      deadline: null,
    });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // Steps are objectives now: the path covers its skills, each split into objectives.
    const skills = new Set(p.plan.steps.map((s) => s.skillId)).size;
    if (skills !== expectSkills) throw new Error(`expected ${expectSkills} skills, got ${skills}`);
    return { ms, cpuMs: (c.user + c.system) / 1000 };
  };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Alternated, so both see the same load; distinct start dates keep caches out of it.
    const base = await plan(baselineGoal, WARMUP + RUNS + i, 1);
    const full = await plan(goal, i, STEPS);
    if (i >= WARMUP) {
      times.push(full.ms);
      cpu.push(full.cpuMs);
      baseTimes.push(base.ms);
      baseCpu.push(base.cpuMs);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  baseTimes.sort((a, b) => a - b);
  baseCpu.sort((a, b) => a - b);
  const result = {
    runs: RUNS,
    p50Ms: pct(times, 50),
    p95Ms: pct(times, 95),
    baselineP50Ms: pct(baseTimes, 50),
    baselineP95Ms: pct(baseTimes, 95),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    log(
      `Planning ${STEPS}-step paths on PGlite (distinct inputs, store reads + writes), ${RUNS} runs after ${WARMUP} warm-up, alternated with the baseline (a one-step path) in the same run`,
    );
    log(`| metric | ${STEPS}-step path | baseline (1-step path) |`);
    log('| --- | --- | --- |');
    log(`| runs | ${RUNS} | ${RUNS} |`);
    log(`| p50 | ${result.p50Ms} ms | ${result.baselineP50Ms} ms |`);
    log(`| p95 | ${result.p95Ms} ms | ${result.baselineP95Ms} ms |`);
    log(
      `| max | ${Math.round(times.at(-1)! * 100) / 100} ms | ${Math.round(baseTimes.at(-1)! * 100) / 100} ms |`,
    );
    // CPU time of this process (PGlite runs in it), which machine load does not inflate.
    log(
      `| CPU time p50 / p95 | ${pct(cpu, 50)} / ${pct(cpu, 95)} ms | ${pct(baseCpu, 50)} / ${pct(baseCpu, 95)} ms |`,
    );
    log(
      `| p95 / baseline p95 | ${Math.round((result.p95Ms / result.baselineP95Ms) * 100) / 100} | 1 |`,
    );
    log(
      `| target p95 (this run, beside its baseline) | ≤ 50 ms (${result.p95Ms <= 50 ? 'met' : 'NOT met'}) | |`,
    );
  }
} finally {
  await app.close();
}
