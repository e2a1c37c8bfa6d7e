/**
 * Trajectory evaluation (`tsx eval/trajectories.ts [--json] [--verbose]`): does a freelancer's
 * client history lead to the role a person reading it would name first?
 *
 * `eval/data/trajectory-cases.jsonl` and its rounds 2 to 7 (`trajectory-cases-round2.jsonl` …)
 * hold labelled freelancer histories (five delivered client
 * requests each, in clients' words) with the expected first role and, for histories that fit two
 * roles, the other acceptable ones; each set written before the changes it was first run on (see
 * eval/data/README.md), and scored on its own row. Each request is read by the product's stored extraction
 * (`extractStoredSkills`), counted as delivered client work as `loadDemand` counts it, and the
 * roles are ranked by the product's `rankRoles` over `withDelivered` levels, as
 * `GET /api/radar/trajectories` does. Prints first-role accuracy (exact, and exact or
 * acceptable), top-3 accuracy, and histories with no trajectory at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProductIndex, extractStoredSkills } from '../src/domain/radar/get-skill-index.ts';
import { rankRoles, type SupportingRequest } from '../src/domain/radar/insight/get-trajectories.ts';
import type { DeliveredSkill } from '../src/domain/radar/insight/load-demand.ts';
import { withDelivered } from '../src/domain/radar/insight/person.ts';

interface Case {
  id: string;
  expected: string;
  acceptable: string[];
  requests: string[];
}

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const readCases = (name: string): Case[] =>
  readFileSync(join(import.meta.dirname, 'data', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

const index = buildProductIndex();
const now = new Date('2026-12-01T00:00:00Z');

/** One set's row: first-role accuracy, top 3, histories without a trajectory. */
function scoreSet(set: string, cases: readonly Case[]) {
  let exact = 0;
  let acceptable = 0;
  let top3 = 0;
  let none = 0;
  let requestsWithoutSkill = 0;
  let requestTotal = 0;
  for (const c of cases) {
    const delivered = new Map<string, DeliveredSkill>();
    const counts = new Map<string, number>();
    const supporting: SupportingRequest[] = [];
    c.requests.forEach((text, i) => {
      const postedAt = new Date(now.getTime() - (i + 1) * 7 * 86_400_000);
      const ids = [...new Set(extractStoredSkills(index, text).map((s) => s.skillId))];
      requestTotal += 1;
      if (ids.length === 0) requestsWithoutSkill += 1;
      for (const id of ids) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
        const d = delivered.get(id);
        if (!d) delivered.set(id, { count: 1, lastAt: postedAt });
        else d.count += 1;
      }
      supporting.push({ postId: `${c.id}-${i}`, title: text, postedAt, skillIds: ids });
      if (verbose) process.stderr.write(`  ${c.id} "${text}" → [${ids.join(', ')}]\n`);
    });
    const ranked = rankRoles(withDelivered(new Map(), delivered, now), counts, 5, supporting);
    const first = ranked[0]?.roleId;
    if (!first) none += 1;
    if (first === c.expected) exact += 1;
    if (first === c.expected || (first && c.acceptable.includes(first))) acceptable += 1;
    if (ranked.slice(0, 3).some((r) => r.roleId === c.expected)) top3 += 1;
    if (verbose || first !== c.expected)
      process.stderr.write(
        `${first === c.expected ? 'right' : 'WRONG'} ${c.id}: expected ${c.expected}, got [${ranked
          .slice(0, 3)
          .map((r) => `${r.roleId} ${r.score.toFixed(2)}`)
          .join(', ')}]\n`,
      );
  }
  const pct = (k: number) => Math.round((1000 * k) / Math.max(1, cases.length)) / 10;
  return {
    set,
    n: cases.length,
    firstRight: exact,
    firstRightShare: pct(exact),
    firstAcceptable: acceptable,
    top3,
    noTrajectory: none,
    requestsWithoutSkill,
    requests: requestTotal,
  };
}

const rows = [
  scoreSet('trajectory_cases', readCases('trajectory-cases.jsonl')),
  scoreSet('trajectory_cases_round2', readCases('trajectory-cases-round2.jsonl')),
  scoreSet('trajectory_cases_round3', readCases('trajectory-cases-round3.jsonl')),
  scoreSet('trajectory_cases_round4', readCases('trajectory-cases-round4.jsonl')),
  scoreSet('trajectory_cases_round5', readCases('trajectory-cases-round5.jsonl')),
  scoreSet('trajectory_cases_round6', readCases('trajectory-cases-round6.jsonl')),
  scoreSet('trajectory_cases_round7', readCases('trajectory-cases-round7.jsonl')),
  scoreSet('trajectory_cases_round8', readCases('trajectory-cases-round8.jsonl')),
  scoreSet('trajectory_cases_round9', readCases('trajectory-cases-round9.jsonl')),
  scoreSet('trajectory_cases_round10', readCases('trajectory-cases-round10.jsonl')),
  scoreSet('trajectory_cases_round11', readCases('trajectory-cases-round11.jsonl')),
  scoreSet('trajectory_cases_round12', readCases('trajectory-cases-round12.jsonl')),
];
if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
else
  for (const r of rows)
    process.stdout.write(
      `${r.set}: ${r.n} client histories; first role right ${r.firstRight} (${r.firstRightShare} %), right or acceptable ${r.firstAcceptable}, expected in top 3 ${r.top3}, no trajectory ${r.noTrajectory}; requests storing no skill ${r.requestsWithoutSkill} of ${r.requests}\n`,
    );
