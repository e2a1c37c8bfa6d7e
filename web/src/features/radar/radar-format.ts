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

/** An ISO date/time as "12 Mar 2026". */
export function dateText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
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
