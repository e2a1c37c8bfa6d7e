import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';
import type { UsageChart as UsageChartImpl } from '../features/model/components/usage-chart.tsx';
import type { TrendChart as ProgressChartImpl } from '../features/progress/components/trend-chart.tsx';
import type { TrendChart as RadarChartImpl } from '../features/radar/components/trend-chart.tsx';

// Chart code (and recharts, about 100 KB compressed) is fetched only when a chart is first
// rendered, so pages and the tabs without charts never download it.
const RadarChart = lazy(async () => ({
  default: (await import('../features/radar/components/trend-chart.tsx')).TrendChart,
}));
const ProgressChart = lazy(async () => ({
  default: (await import('../features/progress/components/trend-chart.tsx')).TrendChart,
}));
const UsageBars = lazy(async () => ({
  default: (await import('../features/model/components/usage-chart.tsx')).UsageChart,
}));

/** Holds a chart's place (its height) until its code has arrived. */
function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}
    >
      {children}
    </Suspense>
  );
}

/** The radar's monthly skill-share lines, loaded on first use. */
export function RadarTrendChart(props: ComponentProps<typeof RadarChartImpl>) {
  return (
    <ChartSlot height={300}>
      <RadarChart {...props} />
    </ChartSlot>
  );
}

/** Progress's trend chart, loaded on first use. */
export function ProgressTrendChart(props: ComponentProps<typeof ProgressChartImpl>) {
  return (
    <ChartSlot height={180}>
      <ProgressChart {...props} />
    </ChartSlot>
  );
}

/** Model usage per day (chart with a table alternative), loaded on first use. */
export function UsageChart(props: ComponentProps<typeof UsageChartImpl>) {
  return (
    <ChartSlot height={200}>
      <UsageBars {...props} />
    </ChartSlot>
  );
}
