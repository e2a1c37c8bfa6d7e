import type { BriefLevel, ScaffoldLevel } from '../../../../src/shared/practice.ts';

/** What each help level means, in the words the page uses. */
export const SCAFFOLD_LABELS: Record<ScaffoldLevel, { title: string; help: string }> = {
  worked_example: {
    title: 'Worked example',
    help: 'A solved example of a similar task, plus hints.',
  },
  hints: { title: 'Hints', help: 'Pointers on how to approach it, no solved example.' },
  on_your_own: { title: 'On your own', help: 'Just the brief, as a real client would send it.' },
};

export const LEVEL_LABELS: Record<BriefLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Where a brief came from: the offline engine, a model, or one of your imported postings. */
export const BRIEF_SOURCE_LABELS: Record<'offline' | 'model' | 'posting', string> = {
  offline: 'Offline engine (posting patterns)',
  model: 'Written by a model',
  posting: 'From an imported posting',
};

export const REVIEW_KIND_LABELS: Record<'self' | 'ai' | 'peer', string> = {
  self: 'Self-review',
  ai: 'AI review',
  peer: 'Peer review',
};

/** The fading rule, as a sentence (mirrors `src/domain/practice/scaffold-rule.ts`). */
export const FADE_RULE =
  'Two reviewed briefs in a row averaging ≥3/4 fade help one step; one below 2/4 brings a step back.';

/** "3.25/4" with at most two decimals. */
export function formatScore(average: number): string {
  return `${Math.round(average * 100) / 100}/4`;
}
