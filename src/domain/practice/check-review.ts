import type { CriterionScore, ReviewFlag, RubricCriterion } from '../../shared/practice.ts';
import { isInstructionQuote } from '../verify/index.ts';

/** A review after checking: kept scores, flags, and whether its structure was sound. */
export interface CheckedReview {
  /** False when a criterion is missing, repeated or unknown: the review cannot be used. */
  ok: boolean;
  /** One score per rubric criterion, in rubric order, with only verified quotes. */
  scores: CriterionScore[];
  flags: ReviewFlag[];
  /** Mean of the counted scores only (0 when none counts). */
  average: number;
  /** How many scores count. */
  counted: number;
}

/**
 * Whether a (normalised) quote can back a score: at least three words, found in the
 * (normalised) submission as whole words, not inside others ("e" is in every text).
 */
function quotesWork(n: string, haystack: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  if (n.split(/\s+/).filter((w) => word.test(w)).length < 3) return false;
  for (let at = haystack.indexOf(n); at >= 0; at = haystack.indexOf(n, at + 1)) {
    const before = at > 0 ? (haystack[at - 1] ?? ' ') : ' ';
    const after = haystack[at + n.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}

const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

function flag(
  criterionId: string,
  kind: ReviewFlag['kind'],
  text: string,
  reason = text,
): ReviewFlag {
  return { criterionId, kind, detail: text, text, reason };
}

/** The mean of the scores that count (rounded to 2 places; 0 when none) and how many count. */
export function countedAverage(scores: CriterionScore[]): { average: number; counted: number } {
  const counted = scores.filter((s) => s.counted !== false);
  const average = counted.length
    ? Math.round((counted.reduce((a, s) => a + s.score, 0) / counted.length) * 100) / 100
    : 0;
  return { average, counted: counted.length };
}

/** True when a stored review has at least one score that counts (older reviews: all count). */
export function reviewCounts(scores: unknown): boolean {
  return (scores as CriterionScore[]).some((s) => s.counted !== false);
}

/**
 * Checks a review against the brief's rubric and the submission: every criterion scored exactly
 * once (unknown ones flagged), and every quote a real substring of the submission (whitespace
 * and curly quotes normalised) that is not an instruction-like line. A quote that fails is
 * dropped and flagged. With `requireQuotes` (model reviews) a score without a valid quote is
 * kept but marked not counted, and left out of the average. Pure.
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
      flags.push(flag(s.criterionId, 'unknown_criterion', 'not in the rubric'));
      continue;
    }
    if (byId.has(s.criterionId)) {
      flags.push(flag(s.criterionId, 'duplicate_criterion', 'scored more than once'));
      continue;
    }
    byId.set(s.criterionId, s);
  }
  const haystack = norm(submissionText);
  const kept: CriterionScore[] = [];
  for (const c of rubric) {
    const s = byId.get(c.id);
    if (!s) {
      flags.push(flag(c.id, 'missing_criterion', 'not scored'));
      continue;
    }
    const quotes: string[] = [];
    for (const q of s.quotes ?? []) {
      const n = norm(q);
      if (!n || !haystack.includes(n))
        flags.push(flag(c.id, 'quote_not_found', q.slice(0, 200), 'not found in the submission'));
      else if (!quotesWork(n, haystack))
        flags.push(
          flag(
            c.id,
            'quote_not_found',
            q.slice(0, 200),
            'too short to show anything (a quote needs at least three whole words of the submission)',
          ),
        );
      else if (isInstructionQuote(q, submissionText))
        flags.push(
          flag(
            c.id,
            'instruction_quote',
            q.slice(0, 200),
            'quotes an instruction-like line, which supports nothing',
          ),
        );
      else quotes.push(q);
    }
    if (
      opts.requireQuotes &&
      quotes.length === 0 &&
      haystack.length > 0 &&
      !(s.quotes ?? []).length
    )
      flags.push(flag(c.id, 'quote_not_found', 'feedback quotes nothing'));
    const counted = !opts.requireQuotes || quotes.length > 0;
    if (!counted)
      flags.push(
        flag(
          c.id,
          'unsupported_score',
          `${s.score}/4`,
          'no valid quote backs this score, so it is not counted',
        ),
      );
    kept.push({ ...s, quotes, counted });
  }
  const structural = flags.some((f) =>
    ['missing_criterion', 'duplicate_criterion', 'unknown_criterion'].includes(f.kind),
  );
  return { ok: !structural, scores: kept, flags, ...countedAverage(kept) };
}
