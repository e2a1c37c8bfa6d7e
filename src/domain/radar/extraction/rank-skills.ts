import type { SkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';

/**
 * Ranks the `k` skills most likely meant by a text, for evaluation and search: exactly the
 * `extractSkills` pipeline (explicit matches first, then retrieval) with no confidence floor and
 * nested mentions kept at lower confidence,
 * so the eval, the benchmark, the importers and the API all score the same code path.
 * Throws AppError `invalid_input` for a non-string text or a negative / non-integer `k`.
 */
export function rankSkills(
  index: SkillIndex,
  text: string,
  k: number,
): { skillId: string; score: number }[] {
  return extractSkills(index, text, { limit: k, minConfidence: 0, includeNested: true }).map(
    (s) => ({
      skillId: s.skillId,
      score: s.confidence,
    }),
  );
}
