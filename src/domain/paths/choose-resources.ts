import { citeCatalogResource, KIND_AUTHORITY } from '../verify/index.ts';
import type { ObjectiveStage } from './expand-objectives.ts';
import type { CatalogResource, CitedResource, LearningFormatPref } from './plan-types.ts';

const LINK_SCORE: Record<CatalogResource['linkStatus'], number> = {
  ok: 1,
  unchecked: 0.5,
  moved: 0.3,
  error: 0.1,
  blocked: 0,
  dead: -10,
};
const COST_SCORE = { free: 1, freemium: 0.6, paid: 0 } as const;

/** Which resource formats satisfy a stated learning-format preference. */
export const FORMAT_MATCH: Record<LearningFormatPref, ReadonlyArray<CatalogResource['format']>> = {
  reading: ['reading'],
  video: ['video', 'course'],
  interactive: ['interactive', 'course'],
  project: ['project', 'interactive'],
};

/** Resource levels that fit a learner who holds the skill at `level` (0 = not at all). */
function levelFit(level: number, r: CatalogResource['level']): number {
  if (r === 'all') return 0.7;
  if (level <= 1) return r === 'beginner' ? 1 : r === 'intermediate' ? 0.5 : 0;
  return r === 'intermediate' ? 1 : r === 'beginner' ? 0.6 : 0.4;
}

/** How well one resource fits a step; higher is better. Deterministic. */
export function fitScore(
  r: CatalogResource,
  heldLevel: number,
  formats: LearningFormatPref[],
): number {
  const formatOk = formats.some((f) => FORMAT_MATCH[f].includes(r.format));
  const specificity = 1 / Math.sqrt(Math.max(1, r.skills.length));
  return (
    3 * KIND_AUTHORITY[r.kind] +
    (formatOk ? 1.5 : 0) +
    levelFit(heldLevel, r.level) +
    COST_SCORE[r.cost] +
    LINK_SCORE[r.linkStatus] +
    specificity +
    (r.deprecation ? -5 : 0)
  );
}

/**
 * Picks 1–3 catalog resources for a step by fit (format preference, level, cost, authority,
 * link status, how specific the resource is), preferring distinct publishers. Dead or
 * deprecated resources are cited only when nothing else exists (and are then flagged).
 */
export function chooseResources(
  candidates: CatalogResource[],
  heldLevel: number,
  formats: LearningFormatPref[],
  refDate: string,
): CitedResource[] {
  const scored = candidates
    .map((r) => ({ r, s: fitScore(r, heldLevel, formats) }))
    .sort((a, b) => b.s - a.s || (a.r.id < b.r.id ? -1 : 1));
  const healthy = scored.filter((x) => x.r.linkStatus !== 'dead' && !x.r.deprecation);
  const pool = healthy.length ? healthy : scored;
  const best = pool[0];
  if (!best) return [];
  const picked = [best];
  const publishers = new Set([best.r.publisher]);
  for (const x of pool.slice(1)) {
    if (picked.length >= 3) break;
    if (publishers.has(x.r.publisher) || x.s < best.s * 0.6) continue;
    picked.push(x);
    publishers.add(x.r.publisher);
  }
  return picked.map((x) => citeCatalogResource(x.r, refDate));
}

/** The learner level a resource should suit at each stage of learning a skill. */
const STAGE_LEVEL: Record<ObjectiveStage, number> = { intro: 0, core: 2, apply: 2, check: 2 };
/** Self-rated level from which beginner material is no longer cited (3 = working). */
const PAST_BEGINNER = 3;

/** What a step has room for: its hours and the person's self-rated level in every skill. */
export interface StepFit {
  hours: number;
  levels: Readonly<Record<string, number>>;
}

/**
 * A beginner resource whose main topic (its first skill) or whose step's skill the person
 * already holds at working level or above: it would teach them what they know.
 */
export function belowHeld(
  r: Pick<CatalogResource, 'level' | 'skills'>,
  heldLevel: number,
  fit: StepFit,
): boolean {
  if (r.level !== 'beginner') return false;
  return heldLevel >= PAST_BEGINNER || (fit.levels[r.skills[0] ?? ''] ?? 0) >= PAST_BEGINNER;
}

/**
 * The resources that can be done within the step's hours; when none can, the shortest ones
 * (so a 2-hour step never leads with a 40-hour course when anything shorter exists).
 */
function withinTime(candidates: CatalogResource[], hours: number): CatalogResource[] {
  const minutes = hours * 60;
  const fits = candidates.filter((r) => r.durationMinutes <= minutes);
  if (fits.length || !candidates.length) return fits;
  const shortest = Math.min(...candidates.map((r) => r.durationMinutes));
  return candidates.filter((r) => r.durationMinutes === shortest);
}

/**
 * Picks 1–2 resources for one objective of a skill: the level the stage needs (beginner
 * material only for introductions, and never below what the person already holds, in the
 * step's skill or in the resource's main topic), resources that fit the step's hours (the
 * shortest when none does), project or interactive formats for applying, and sources not yet
 * cited by an earlier objective of the same skill when there are any (`used` is updated).
 * Deterministic.
 */
export function chooseForObjective(
  candidates: CatalogResource[],
  heldLevel: number,
  stage: ObjectiveStage,
  formats: LearningFormatPref[],
  refDate: string,
  used: Set<string>,
  fit: StepFit,
): CitedResource[] {
  const level = Math.max(heldLevel, STAGE_LEVEL[stage]);
  const stageFormats: LearningFormatPref[] =
    stage === 'apply' ? [...new Set<LearningFormatPref>([...formats, 'project'])] : formats;
  const suited = candidates.filter((r) => !belowHeld(r, heldLevel, fit));
  const beyondBeginner = level >= 2 && suited.some((x) => x.level !== 'beginner');
  const levelled = beyondBeginner ? suited.filter((r) => r.level !== 'beginner') : suited;
  const fitting = withinTime(levelled, fit.hours);
  const fresh = fitting.filter((r) => !used.has(r.id));
  const picked = chooseResources(
    fresh.length ? fresh : fitting,
    level,
    stageFormats,
    refDate,
  ).slice(0, 2);
  for (const c of picked) if (c.id) used.add(c.id);
  return picked;
}
