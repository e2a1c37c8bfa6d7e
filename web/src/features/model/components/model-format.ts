import type { ModelProvider } from '../../../../../src/shared/model-settings.ts';
import type { UsageDay } from '../api.ts';

/** A provider's name as people know it. */
export const PROVIDER_LABEL: Record<ModelProvider, string> = {
  'openai-compatible': 'OpenAI-compatible server',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
};

/** Whole numbers with the reader's separators: 12,345. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString();
}

/** An estimated cost in US dollars; tiny amounts keep enough digits to be non-zero. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0.00';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}

/** A UTC day (`2026-03-04`) as a short local label: "4 Mar". */
export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Every day from `since` (ISO) for `count` days, with zeros where the API sent no row
 * (it only lists days with calls), so charts and tables show the whole period.
 */
export function fillDays(since: string, count: number, days: UsageDay[]): UsageDay[] {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const start = new Date(since);
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const out: UsageDay[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, calls: 0, tokensIn: 0, tokensOut: 0, costUsd: 0 });
  }
  return out;
}
