import { describe, expect, it } from 'vitest';
import { classifyTrend, twoProportionZ, wilsonInterval } from './trend-stats.ts';

const totals = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];

describe('classifyTrend', () => {
  it('does not call a one-post spike rising', () => {
    const spike = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(classifyTrend(spike, totals).direction).toBe('insufficient');
  });

  it('calls a clear, well-evidenced increase rising and a decline falling', () => {
    const up = [1, 1, 1, 1, 1, 1, 1, 2, 2, 6, 8, 10];
    const r = classifyTrend(up, totals);
    expect(r).toMatchObject({ recent: 24, previous: 5, direction: 'rising' });
    expect(r.z).toBeGreaterThan(1.96);
    const down = [9, 9, 9, 9, 9, 9, 9, 8, 8, 2, 1, 0];
    expect(classifyTrend(down, totals).direction).toBe('falling');
  });

  it('keeps a small wobble steady even with enough posts', () => {
    const flat = [5, 5, 5, 5, 5, 5, 5, 6, 5, 6, 6, 5];
    expect(classifyTrend(flat, totals).direction).toBe('steady');
  });

  it('computes the z statistic and Wilson interval', () => {
    expect(twoProportionZ(30, 100, 10, 100)).toBeCloseTo(3.54, 2);
    const [lo, hi] = wilsonInterval(5, 20);
    expect(lo).toBeCloseTo(0.112, 2);
    expect(hi).toBeCloseTo(0.469, 2);
  });
});
