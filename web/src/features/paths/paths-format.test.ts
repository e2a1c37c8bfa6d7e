import { describe, expect, it } from 'vitest';
import { durationLabel } from './paths-format.ts';

describe('durationLabel', () => {
  it('shows minutes under an hour, half hours above, and marks estimates', () => {
    expect(durationLabel({ durationMinutes: 20, durationSource: 'catalog' })).toBe('20 min');
    expect(durationLabel({ durationMinutes: 180, durationSource: 'catalog' })).toBe('3 h');
    expect(durationLabel({ durationMinutes: 100, durationSource: 'estimated' })).toBe(
      'about 1.5 h',
    );
    expect(durationLabel({ durationMinutes: 9000, durationSource: 'estimated' })).toBe(
      'about 150 h',
    );
  });

  it('says nothing when the plan does not know the duration', () => {
    expect(durationLabel({})).toBeNull();
    expect(durationLabel({ durationMinutes: null, durationSource: null })).toBeNull();
  });
});
