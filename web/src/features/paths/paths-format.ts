import { ClaimKind } from '../../../../src/shared/claims.ts';
import type { CitedResource, ResourceKind, StepFlag } from '../../../../src/shared/paths.ts';
import { CLAIM_HELP } from '../model/components/claim-flags.tsx';

/** "0.82 High": the score with a word a person can act on. */
export function confidenceLabel(score: number): { text: string; tone: 'high' | 'medium' | 'low' } {
  const tone = score >= 0.75 ? 'high' : score >= 0.5 ? 'medium' : 'low';
  const word = tone === 'high' ? 'High' : tone === 'medium' ? 'Medium' : 'Low';
  return { text: `${score.toFixed(2)} ${word}`, tone };
}

/** What each flag means and what to do about it, in plain words. */
export const FLAG_HELP: Record<StepFlag['kind'], { title: string; help: string }> = {
  dead_link: {
    title: 'Dead link',
    help: 'The link checker could not open this resource (404 or gone). Use the other sources or search for its new address.',
  },
  unverified_resource: {
    title: 'Unverified resource',
    help: 'Proposed by the AI but not in the checked source catalog. It may not exist; verify it before you spend time on it.',
  },
  deprecated: {
    title: 'Deprecated',
    help: 'The tool or version is deprecated or superseded. Learn it only if a client needs it; prefer the successor.',
  },
  contradiction: {
    title: 'Contradiction',
    help: 'Sources, repeated AI answers or people who took this step disagree. Check with a peer before relying on it.',
  },
  outside_context: {
    title: 'Outside your context',
    help: 'This may not fit your domain, level or preferred formats. Decide whether it is worth your hours.',
  },
  no_catalog_source: {
    title: 'No checked source',
    help: 'The catalog has no resource for this skill yet, so nothing here is verified.',
  },
  ...claimHelp(),
};

function claimHelp() {
  const help =
    'The AI wrote this in the step text, and Skilltrace could not find it in the catalog, the skill taxonomy or the data the AI was given. It may be invented.';
  const out = {} as Record<
    Exclude<ClaimKind, 'dead_link' | 'deprecated'>,
    { title: string; help: string }
  >;
  for (const k of ClaimKind.options)
    if (k !== 'dead_link' && k !== 'deprecated') out[k] = { title: CLAIM_HELP[k], help };
  return out;
}

export const KIND_LABELS: Record<ResourceKind, string> = {
  'official-docs': 'Official docs',
  'course-platform': 'Course platform',
  book: 'Book',
  video: 'Video',
  interactive: 'Interactive',
  'industry-blog': 'Industry blog',
  'community-answer': 'Community answer',
  'job-post-evidence': 'Job postings',
  'peer-annotation': 'Peer annotation',
};

export const LINK_LABELS: Record<CitedResource['linkStatus'], string> = {
  unchecked: 'Not checked yet',
  ok: 'Link works',
  moved: 'Moved (redirects)',
  dead: 'Dead link',
  error: 'Could not be checked',
  blocked: 'Blocked by the request guard',
};

/**
 * A resource's duration for display: "45 min", "3 h", "150 h"; an estimate reads "about 3 h".
 * Null when the plan does not know it (model-proposed sources, plans made before durations).
 */
export function durationLabel(
  r: Pick<CitedResource, 'durationMinutes' | 'durationSource'>,
): string | null {
  const m = r.durationMinutes;
  if (!m) return null;
  const text = m < 60 ? `${m} min` : hours(Math.round((m / 60) * 2) / 2);
  return r.durationSource === 'estimated' ? `about ${text}` : text;
}

/** Hours for display: "2 h", "1.5 h". */
export function hours(h: number): string {
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/** "Tue 24 Nov 2026" from YYYY-MM-DD, read as a calendar date (no time-zone shift). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The Monday (YYYY-MM-DD) of the week holding `iso`. */
export function mondayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const shift = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - shift);
  return date.toISOString().slice(0, 10);
}

/** `iso` plus `days` days, as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
