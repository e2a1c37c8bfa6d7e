import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SkillTrend } from '../../../../../src/shared/radar.ts';
import { TOOLTIP_ITEM } from '../../../components/chart-style.ts';
import { ChartBox } from '../../../ui/chart-box.tsx';
import { monthLabel } from '../radar-format.ts';

/** Colours that stay apart for common colour-vision deficiencies (Okabe–Ito based). */
export const SERIES_COLOURS = ['#4f46e5', '#d55e00', '#009e73', '#cc79a7', '#0072b2', '#8a6d00'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', ''];

/**
 * Monthly share of posts mentioning each skill, one line per skill. Decorative for screen
 * readers: the same numbers are in the table the panel offers.
 */
export function TrendChart({ months, skills }: { months: string[]; skills: SkillTrend[] }) {
  const rows = months.map((month, i) => {
    const row: Record<string, number | string> = { month };
    for (const s of skills) row[s.skillId] = Math.round((s.series[i]?.share ?? 0) * 1000) / 10;
    return row;
  });
  return (
    <ChartBox className="radar-chart" height={300}>
      <LineChart
        accessibilityLayer={false}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
      >
        <CartesianGrid stroke="#e4e7ec" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={(m: string) => monthLabel(m, true)}
          tick={{ fontSize: 12, fill: '#5d6b82' }}
          interval="preserveStartEnd"
        />
        <YAxis unit="%" tick={{ fontSize: 12, fill: '#5d6b82' }} width={52} allowDecimals={false} />
        <Tooltip
          itemStyle={TOOLTIP_ITEM}
          labelFormatter={(m) => monthLabel(String(m))}
          formatter={(v, name) => [`${v}% of posts`, nameOf(skills, String(name))]}
        />
        <Legend formatter={(id) => nameOf(skills, String(id))} wrapperStyle={{ fontSize: 13 }} />
        {skills.map((s, i) => (
          <Line
            key={s.skillId}
            dataKey={s.skillId}
            type="linear"
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray={DASHES[i % DASHES.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}

function nameOf(skills: SkillTrend[], id: string): string {
  return skills.find((s) => s.skillId === id)?.name ?? id;
}
