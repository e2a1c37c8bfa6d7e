import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { TOOLTIP_ITEM } from '../../../components/chart-style.ts';
import { ChartBox } from '../../../ui/chart-box.tsx';
import { ChartFrame } from '../../../ui/chart-frame.tsx';
import { DataTable } from '../../../ui/data-table.tsx';

/** One data point: a label on the x axis and a number. */
export interface Point {
  x: string;
  y: number;
}

/**
 * A small bar or line chart with a "Show as table" toggle; the table is the accessible
 * alternative and the chart is hidden from screen readers.
 */
export function TrendChart({
  title,
  unit,
  points,
  kind = 'bar',
  xLabel,
  empty,
  formatX = (x) => x,
}: {
  title: string;
  unit: string;
  points: Point[];
  kind?: 'bar' | 'line';
  xLabel: string;
  empty: string;
  formatX?: (x: string) => string;
}) {
  const [asTable, setAsTable] = useState(false);
  const data = points.map((p) => ({ label: formatX(p.x), y: p.y }));
  return (
    <ChartFrame
      className="trend"
      title={
        <>
          {title} <span className="muted">({unit})</span>
        </>
      }
      asTable={asTable}
      onAsTable={setAsTable}
      canToggle={points.length > 0}
    >
      {points.length === 0 ? <p className="muted">{empty}</p> : null}
      {points.length && !asTable ? (
        <ChartBox className="trend-chart" height={180}>
          {kind === 'bar' ? (
            <BarChart
              accessibilityLayer={false}
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" fontSize={11} tickLine={false} />
              <YAxis fontSize={11} allowDecimals tickLine={false} />
              <Tooltip itemStyle={TOOLTIP_ITEM} formatter={(v) => [`${v} ${unit}`, title]} />
              <Bar dataKey="y" fill="#4f46e5" radius={[4, 4, 0, 0]} isAnimationActive={false} />
            </BarChart>
          ) : (
            <LineChart
              accessibilityLayer={false}
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" fontSize={11} tickLine={false} />
              <YAxis fontSize={11} tickLine={false} />
              <Tooltip itemStyle={TOOLTIP_ITEM} formatter={(v) => [`${v} ${unit}`, title]} />
              <Line dataKey="y" stroke="#4f46e5" strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          )}
        </ChartBox>
      ) : null}
      {points.length && asTable ? (
        <DataTable
          label={`${title} as a table`}
          rows={data}
          rowKey={(d) => d.label}
          columns={[
            { header: xLabel, key: 'x', cell: (d) => d.label },
            { header: unit, key: 'y', cell: (d) => d.y },
          ]}
        />
      ) : null}
    </ChartFrame>
  );
}
