import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { TOOLTIP_ITEM } from '../../../components/chart-style.ts';
import { ChartBox } from '../../../ui/chart-box.tsx';
import { ChartFrame } from '../../../ui/chart-frame.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import type { UsageDay } from '../api.ts';
import { formatCost, formatCount, formatDay } from './model-format.ts';

/**
 * Tokens per day as stacked bars (sent / received), with a "Show as table" alternative that
 * also lists calls and cost. The chart is hidden from screen readers; the table is not.
 */
export function UsageChart({ title, days }: { title: string; days: UsageDay[] }) {
  const [asTable, setAsTable] = useState(false);
  const empty = days.every((d) => d.tokensIn + d.tokensOut === 0);
  const data = days.map((d) => ({
    label: formatDay(d.day),
    sent: d.tokensIn,
    received: d.tokensOut,
  }));
  return (
    <ChartFrame className="usage-figure" title={title} asTable={asTable} onAsTable={setAsTable}>
      {asTable ? (
        <DataTable
          label="Token use as a table"
          regionClassName="table-wrap usage-table-wrap"
          className="usage-table"
          rows={[...days].reverse()}
          rowKey={(d) => d.day}
          columns={[
            { header: 'Day (UTC)', cell: (d) => formatDay(d.day) },
            { header: 'Calls', cell: (d) => formatCount(d.calls) },
            { header: 'Tokens sent', cell: (d) => formatCount(d.tokensIn) },
            { header: 'Tokens received', cell: (d) => formatCount(d.tokensOut) },
            { header: 'Cost estimate', cell: (d) => formatCost(d.costUsd) },
          ]}
        />
      ) : empty ? (
        <p className="empty-note">
          No tokens used in this period: every answer so far came from the offline engine.
        </p>
      ) : (
        <ChartBox className="usage-chart" height={200}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={11} tickLine={false} minTickGap={12} />
            <YAxis fontSize={11} tickLine={false} width={48} tickFormatter={compact} />
            <Tooltip
              itemStyle={TOOLTIP_ITEM}
              formatter={(v, name) => [`${formatCount(Number(v))} tokens`, name]}
            />
            <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="sent" name="Sent" stackId="t" fill="#4f46e5" isAnimationActive={false} />
            <Bar
              dataKey="received"
              name="Received"
              stackId="t"
              fill="#a5b4fc"
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ChartBox>
      )}
    </ChartFrame>
  );
}

function compact(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10}M`;
  if (n >= 1_000) return `${Math.round(n / 100) / 10}k`;
  return String(n);
}
