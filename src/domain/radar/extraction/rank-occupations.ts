import { AppError } from '../../../errors.ts';
import type { OccupationIndex } from './build-occupation-index.ts';
import { extractSkills } from './extract-skills.ts';

/** Weight of the title match next to the skill-profile similarity. */
const TITLE_WEIGHT = 1;
const SKILL_WEIGHT = 0.6;
const BODY_TITLE_WEIGHT = 0.25;

/**
 * Ranks occupations for a job ad without any model: the ad title matched against occupation
 * titles and alternative titles (explicit phrase matches, then retrieval), occupation titles
 * named in the body at lower weight, and the cosine between the skills `extractSkills` reads
 * from the ad and each occupation's essential/optional skill profile. Deterministic.
 * Throws AppError `invalid_input` when title or description is not a string or k < 1.
 */
export function rankOccupations(
  index: OccupationIndex,
  title: string,
  description: string,
  k: number,
): { occupationId: string; code: string; name: string; score: number }[] {
  if (typeof title !== 'string' || typeof description !== 'string') {
    throw new AppError('invalid_input', 'Title and description must be strings.');
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new AppError('invalid_input', 'k must be a positive integer.', { details: { k } });
  }
  const n = index.occupations.length;
  const score = new Float64Array(n);
  const occIndexById = new Map(index.titles.entries.map((e, i) => [e.id, i]));
  for (const t of extractSkills(index.titles, title, { minConfidence: 0, limit: 50 })) {
    const o = occIndexById.get(t.skillId);
    if (o !== undefined) score[o] = (score[o] ?? 0) + TITLE_WEIGHT * t.confidence;
  }
  const body = extractSkills(index.titles, description, { minConfidence: 0.5, implicit: false });
  for (const t of body) {
    const o = occIndexById.get(t.skillId);
    if (o !== undefined) score[o] = (score[o] ?? 0) + BODY_TITLE_WEIGHT * t.confidence;
  }
  const skillIndexById = new Map(index.skills.entries.map((e, i) => [e.id, i]));
  const adSkills = new Map<number, number>();
  for (const s of extractSkills(index.skills, `${title}\n${description}`, { minConfidence: 0.2 })) {
    const i = skillIndexById.get(s.skillId);
    if (i !== undefined) adSkills.set(i, s.confidence);
  }
  let adNorm = 0;
  for (const v of adSkills.values()) adNorm += v * v;
  adNorm = Math.sqrt(adNorm) || 1;
  index.profiles.forEach((p, o) => {
    let dot = 0;
    for (const [s, c] of adSkills) {
      const w = p.get(s);
      if (w !== undefined) dot += w * c;
    }
    if (dot > 0)
      score[o] = (score[o] ?? 0) + (SKILL_WEIGHT * dot) / ((index.norms[o] ?? 1) * adNorm);
  });
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => (score[i] ?? 0) > 0)
    .sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b)
    .slice(0, k);
  return order.map((i) => {
    const o = index.occupations[i];
    return {
      occupationId: o?.id ?? '',
      code: o?.code ?? '',
      name: o?.name ?? '',
      score: score[i] ?? 0,
    };
  });
}
