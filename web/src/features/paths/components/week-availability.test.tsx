import { describe, expect, it } from 'vitest';
import { mondayOf } from './week-availability.tsx';

describe('mondayOf', () => {
  it('gives the Monday that starts the week of any day', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
