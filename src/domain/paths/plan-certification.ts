import type { PlanStep } from '../../shared/paths.ts';
import type { Taxonomy } from '../radar/index.ts';
import type { Certification } from '../taxonomy/index.ts';
import { scoreConfidence } from '../verify/index.ts';
import { chooseForObjective } from './choose-resources.ts';
import { MAX_OBJECTIVE_HOURS, MIN_OBJECTIVE_HOURS } from './expand-objectives.ts';
import type { CatalogResource, Personalisation, PlanInputs } from './plan-types.ts';
import { resourceFlags } from './resource-flags.ts';

/** Study hours for a whole certification exam from scratch, shared out by objective weight. */
export const EXAM_PREP_HOURS = 36;
/** Share of an objective's hours kept once the person holds its skills (2 = beginner, 3+ = held). */
const LEVEL_FACTOR = [1, 0.85, 0.6, 0.35];
/** An objective the practice exam shows ready keeps one review hour, at the end. */
const READY_HOURS = 1;

const half = (h: number) => Math.round(h * 2) / 2;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Hours for one objective: its weight's share of the prep hours, less what level and readiness cover. */
function objectiveHours(
  weight: number,
  level: number,
  r: { answered: number; accuracy: number; ready: boolean } | undefined,
): number {
  if (r?.ready) return READY_HOURS;
  const base = (EXAM_PREP_HOURS * weight) / 100;
  const byLevel = base * (LEVEL_FACTOR[Math.min(Math.max(Math.floor(level), 0), 3)] ?? 1);
  // Answers show what is already known: at 60% right, 30% fewer hours (from 3 answers on).
  const known = r && r.answered >= 3 ? 1 - r.accuracy / 2 : 1;
  return Math.max(MIN_OBJECTIVE_HOURS, half(byLevel * known));
}

function readinessText(r: { answered: number; accuracy: number; ready: boolean } | undefined) {
  if (!r || r.answered === 0) return 'You have not answered practice questions on it yet.';
  const pct = Math.round(r.accuracy * 100);
  return r.ready
    ? `Your practice answers show it ready (${pct}% of your last ${r.answered}), so it keeps one review hour at the end.`
    : `${pct}% of your last ${r.answered} practice answers on it were right; ready means 80% over at least 5.`;
}

/**
 * The steps of a certification goal: one per exam objective (split into parts of at most
 * 6 hours), each citing the objective's section of the exam guide. Hours are the objective's
 * weight share of EXAM_PREP_HOURS, reduced by the person's level in its skills and by their
 * practice-exam accuracy. Objectives not yet ready come first, heaviest and weakest first
 * (weight × share still wrong); ready ones go last with one review hour. Pure.
 */
export function certificationSteps(
  tax: Taxonomy,
  cert: Certification,
  inputs: Pick<PlanInputs, 'profile' | 'readiness' | 'startDate'>,
  bySkill: Map<string, CatalogResource[]>,
  pers?: Personalisation,
): PlanStep[] {
  const levels = inputs.profile.skills;
  const readiness = inputs.readiness ?? {};
  const gap = (id: string) => 1 - (readiness[id]?.accuracy ?? 0);
  const ordered = [...cert.objectives].sort(
    (a, b) =>
      Number(readiness[a.id]?.ready ?? false) - Number(readiness[b.id]?.ready ?? false) ||
      b.weight * gap(b.id) - a.weight * gap(a.id) ||
      (a.id < b.id ? -1 : 1),
  );
  const steps: PlanStep[] = [];
  const used = new Set<string>();
  for (const o of ordered) {
    const skills = o.skills.filter((s) => tax.skillById.has(s));
    const skill = tax.skillById.get(skills[0] ?? '');
    if (!skill) continue;
    const level = Math.min(...skills.map((s) => levels[s] ?? 0));
    const r = readiness[o.id];
    const hours = objectiveHours(o.weight, level, r);
    const parts = Math.ceil(hours / MAX_OBJECTIVE_HOURS);
    const candidates = [
      ...new Map(skills.flatMap((s) => bySkill.get(s) ?? []).map((x) => [x.id, x])).values(),
    ];
    const stage = r?.ready ? 'check' : 'core';
    const cited = chooseForObjective(
      candidates,
      level,
      stage,
      inputs.profile.formats,
      inputs.startDate,
      used,
      { hours: Math.min(hours, MAX_OBJECTIVE_HOURS), levels },
    );
    const publishers = [...new Set(candidates.map((x) => x.publisher))].sort();
    const confidence = scoreConfidence({ cited, publishers, modelAgreement: undefined });
    const flags = [
      ...resourceFlags(cited),
      ...(candidates.length
        ? []
        : [
            {
              kind: 'no_catalog_source' as const,
              message: `No catalog source covers "${o.title}" yet: use the official exam guide and practice questions.`,
            },
          ]),
    ];
    for (let p = 1; p <= parts; p++) {
      const id = parts > 1 ? `${cert.id}/${o.id}-${p}` : `${cert.id}/${o.id}`;
      const last = p === parts;
      // Parts of whole half hours that add up to the objective's hours.
      const partHours = last ? hours - half(hours / parts) * (parts - 1) : half(hours / parts);
      const title =
        (r?.ready ? `Review: ${o.title}` : o.title) + (parts > 1 ? ` (part ${p} of ${parts})` : '');
      const personal = pers?.steps[id];
      steps.push({
        id,
        skillId: skill.id,
        skillName: skill.name,
        title,
        stage,
        weight: o.weight / 100,
        reason: 'goal',
        cites: o.official,
        objective: `${o.title}: afterwards you can ${lowerFirst(o.description)}`,
        explanation:
          personal?.explanation ??
          `${o.weight}% of the ${cert.name} exam (${o.official}). ${readinessText(r)}`,
        practiceTask:
          personal?.practiceTask ??
          (last
            ? `Answer practice questions on "${o.title}" (Practice, exam questions for ${cert.name}) until 80% of your last 10 are right, and read the explanation of every miss.`
            : `Study "${o.title}" with the cited sources and write down each term of the exam guide's section you could not explain to a client.`),
        hours: Math.max(MIN_OBJECTIVE_HOURS, partHours),
        heldLevel: level || null,
        prerequisites: [],
        advances: [],
        resources: cited,
        confidence,
        flags: p === 1 ? flags : resourceFlags(cited),
      });
    }
  }
  return steps;
}
