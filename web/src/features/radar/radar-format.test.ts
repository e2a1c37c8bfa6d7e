import { describe, expect, it } from 'vitest';
import { dateText } from './radar-format.ts';

describe('dateText', () => {
  it('shows a calendar date as written, whatever the reader’s time zone', () => {
    // A reader in Los Angeles: UTC midnight is the evening before there.
    const la = 'America/Los_Angeles';
    expect(dateText('2026-11-02T00:00:00.000Z', la)).toBe('2 Nov 2026');
    expect(dateText('2026-11-02', la)).toBe('2 Nov 2026');
    // A moment is shown on the reader's calendar: 03:00 UTC is the evening before in LA.
    expect(dateText('2026-11-02T03:00:00.000Z', la)).toBe('1 Nov 2026');
  });
});
