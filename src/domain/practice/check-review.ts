import type { CriterionScore, ReviewFlag, RubricCriterion } from '../../shared/practice.ts';

/** A review after checking: kept scores, flags, and whether its structure was sound. */
export interface CheckedReview {
  /** False when a criterion is missing, repeated or unknown: the review cannot be used. */
  ok: boolean;
  /** One score per rubric criterion, in rubric order, with only verified quotes. */
  scores: CriterionScore[];
  flags: ReviewFlag[];
  average: number;
}

const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Checks a review against the brief's rubric and the submission: every criterion scored exactly
 * once (unknown ones flagged), and every quote a real substring of the submission (whitespace
 * and curly quotes normalised). A quote that is not found is dropped and flagged; feedback
 * whose quotes were all invented is flagged too. Pure.
 */
export function checkReview(
  rubric: RubricCriterion[],
  submissionText: string,
  scores: CriterionScore[],
  opts: { requireQuotes?: boolean } = {},
): CheckedReview {
  const flags: ReviewFlag[] = [];
  const byId = new Map<string, CriterionScore>();
  const known = new Set(rubric.map((c) => c.id));
  for (const s of scores) {
    if (!known.has(s.criterionId)) {
      flags.push({
        criterionId: s.criterionId,
        kind: 'unknown_criterion',
        detail: 'not in the rubric',
      });
      continue;
    }
    if (byId.has(s.criterionId)) {
      flags.push({
        criterionId: s.criterionId,
        kind: 'duplicate_criterion',
        detail: 'scored more than once',
      });
      continue;
    }
    byId.set(s.criterionId, s);
  }
  const haystack = norm(submissionText);
  const kept: CriterionScore[] = [];
  for (const c of rubric) {
    const s = byId.get(c.id);
    if (!s) {
      flags.push({ criterionId: c.id, kind: 'missing_criterion', detail: 'not scored' });
      continue;
    }
    const quotes: string[] = [];
    for (const q of s.quotes ?? []) {
      const n = norm(q);
      if (n && haystack.includes(n)) quotes.push(q);
      else flags.push({ criterionId: c.id, kind: 'quote_not_found', detail: q.slice(0, 200) });
    }
    if (
      opts.requireQuotes &&
      quotes.length === 0 &&
      haystack.length > 0 &&
      !(s.quotes ?? []).length
    )
      flags.push({ criterionId: c.id, kind: 'quote_not_found', detail: 'feedback quotes nothing' });
    kept.push({ ...s, quotes });
  }
  const structural = flags.some((f) => f.kind !== 'quote_not_found');
  const average = kept.length
    ? Math.round((kept.reduce((a, s) => a + s.score, 0) / kept.length) * 100) / 100
    : 0;
  return { ok: !structural, scores: kept, flags, average };
}
