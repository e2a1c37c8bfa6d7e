import { DOMAIN_LABELS, type DomainId, LEVEL_LABELS } from '../../../../src/shared/accounts.ts';

/** 0.3355 → "34%". */
export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Relative change → "+105%" / "−15%"; null (no earlier data) → "new". */
export function growthText(growth: number | null): string {
  if (growth === null) return 'new';
  const n = Math.round(growth * 100);
  return n > 0 ? `+${n}%` : n < 0 ? `−${Math.abs(n)}%` : '0%';
}

/** "2026-03" → "Mar 2026" (short) or "Mar" when `short`. */
export function monthLabel(month: string, short = false): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  return short ? name : `${name} ${y}`;
}

/** A domain id in words ("data" → "Data analysis & visualisation"). */
export function domainLabel(domain: string): string {
  return DOMAIN_LABELS[domain as DomainId] ?? domain;
}

/**
 * An ISO date/time as "12 Mar 2026". A calendar date (a date alone, or the UTC midnight a date
 * is stored as) is shown as written, never shifted a day by the reader's time zone; a moment
 * is shown on the reader's own calendar (`readerTimeZone`, else the browser's).
 */
export function dateText(iso: string, readerTimeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const calendarDate = /^\d{4}-\d{2}-\d{2}(?:T00:00(?::00(?:\.0+)?)?(?:Z|\+00:00))?$/.test(iso);
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(calendarDate ? { timeZone: 'UTC' } : readerTimeZone ? { timeZone: readerTimeZone } : {}),
  });
}

/** Today's date on the reader's own calendar (YYYY-MM-DD), not the UTC date. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Hours as "40 h" or "1.5 h". */
export function hoursText(h: number): string {
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/** Plain words for the learn-next factors. */
export const FACTOR_LABELS: Record<string, { label: string; meaning: string }> = {
  demand: { label: 'Market demand', meaning: 'share of recent posts that ask for it' },
  clients: { label: 'Your clients', meaning: 'how often your own clients asked for it' },
  gap: { label: 'Gap to role', meaning: 'how far you are from the level the role needs' },
  time: { label: 'Quick to learn', meaning: 'fewer hours to working level scores higher' },
  adjacency: { label: 'Builds on what you know', meaning: 'prerequisites you already hold' },
  obsolescence: { label: 'Obsolescence risk', meaning: 'falling demand; subtracts from the score' },
};

/** "3 · Working"; 0 is "not held". */
export function levelText(level: number): string {
  if (level <= 0) return 'not held';
  return `${level} · ${LEVEL_LABELS[level as 1] ?? ''}`;
}
