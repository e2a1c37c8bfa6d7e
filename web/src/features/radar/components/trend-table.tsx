import type { SkillTrend } from '../../../../../src/shared/radar.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { monthLabel, pct } from '../radar-format.ts';

/** The chart's numbers: per month, the posts that month and each skill's count and share. */
export function TrendTable({
  months,
  postsPerMonth,
  skills,
}: {
  months: string[];
  postsPerMonth: number[];
  skills: SkillTrend[];
}) {
  return (
    <DataTable
      label="Trends"
      className="radar-trend-table"
      caption="Monthly posts mentioning each skill: count and share of all posts that month"
      rows={months.map((month, i) => ({ month, i }))}
      rowKey={(r) => r.month}
      columns={[
        { header: 'Month', rowHeader: true, cell: (r) => monthLabel(r.month) },
        { header: 'Posts', className: 'radar-num', cell: (r) => postsPerMonth[r.i] ?? 0 },
        ...skills.map((s) => ({
          header: s.name,
          key: s.skillId,
          className: 'radar-num',
          cell: (r: { i: number }) => {
            const p = s.series[r.i];
            return p ? `${p.count} (${pct(p.share)})` : '–';
          },
        })),
      ]}
    />
  );
}
