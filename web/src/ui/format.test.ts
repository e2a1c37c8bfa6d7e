import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('date formats', () => {
  const iso = '2026-03-04T14:05:00Z';

  it('prints the day, and the day with the time, as the locale does', () => {
    const d = new Date(iso);
    expect(formatDate(iso)).toBe(
      d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }),
    );
    expect(formatDateTime(iso)).toBe(
      d.toLocaleString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    );
    expect(formatDateTime(iso)).toContain('2026');
  });

  it('gives back text that is not a date as it came', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('soon')).toBe('soon');
  });
});
