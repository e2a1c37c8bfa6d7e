/** Two-sided 95 % critical value of the standard normal distribution. */
export const Z_95 = 1.96;
/** A trend compares the share of the last this-many months with the same span before it. */
export const TREND_WINDOW_MONTHS = 3;
/** Smallest relative change of share worth calling a trend. */
export const MIN_RELATIVE_CHANGE = 0.2;

/** The share change of one skill between the last 3 months and the 3 before. */
export interface TrendStat {
  recent: number;
  previous: number;
  recentShare: number;
  previousShare: number;
  growth: number | null;
  z: number;
  direction: 'rising' | 'falling' | 'steady' | 'insufficient';
}

/**
 * Two-proportion z statistic for x1/n1 against x2/n2 (pooled standard error); 0 when either
 * sample is empty or nothing varies.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 0;
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  if (se === 0) return 0;
  return (x1 / n1 - x2 / n2) / se;
}

/** Wilson score interval (95 %) of a proportion x/n. */
export function wilsonInterval(x: number, n: number, z = Z_95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = x / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Classifies a monthly series against monthly totals: compares the share of posts in the
 * last 3 months with the 3 before. Rising or falling needs at least `minPosts` mentions in
 * those 6 months, |z| ≥ 1.96 and a relative change of at least 20 %; fewer mentions are
 * `insufficient`, so a one-post spike is never news.
 */
export function classifyTrend(series: number[], totals: number[], minPosts = 5): TrendStat {
  const split = Math.max(0, series.length - TREND_WINDOW_MONTHS);
  const from = Math.max(0, series.length - 2 * TREND_WINDOW_MONTHS);
  return classifyWindows(
    { recent: sum(series.slice(split)), total: sum(totals.slice(split)) },
    { previous: sum(series.slice(from, split)), total: sum(totals.slice(from, split)) },
    minPosts,
  );
}

/**
 * `classifyTrend` from the sums it compares: a skill's mentions and all posts in the last 3
 * months (`recent`) and in the 3 before (`previous`).
 */
export function classifyWindows(
  last: { recent: number; total: number },
  before: { previous: number; total: number },
  minPosts = 5,
): TrendStat {
  const { recent, total: recentTotal } = last;
  const { previous, total: previousTotal } = before;
  const recentShare = recentTotal ? recent / recentTotal : 0;
  const previousShare = previousTotal ? previous / previousTotal : 0;
  const growth = previousShare > 0 ? (recentShare - previousShare) / previousShare : null;
  const z = twoProportionZ(recent, recentTotal, previous, previousTotal);
  let direction: TrendStat['direction'] = 'steady';
  if (recent + previous < minPosts || recentTotal === 0 || previousTotal === 0) {
    direction = 'insufficient';
  } else if (z >= Z_95 && (growth === null || growth >= MIN_RELATIVE_CHANGE)) {
    direction = 'rising';
  } else if (z <= -Z_95 && growth !== null && growth <= -MIN_RELATIVE_CHANGE) {
    direction = 'falling';
  }
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    recent,
    previous,
    recentShare: round(recentShare),
    previousShare: round(previousShare),
    growth: growth === null ? null : round(growth),
    z: Math.round(z * 100) / 100,
    direction,
  };
}
