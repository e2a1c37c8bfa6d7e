import type { SkillTrend } from '../../../../../src/shared/radar.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
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
    <ScrollRegion label="Trends">
      <table className="table radar-trend-table">
        <caption className="visually-hidden">
          Monthly posts mentioning each skill: count and share of all posts that month
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="radar-num">
              Posts
            </th>
            {skills.map((s) => (
              <th key={s.skillId} scope="col" className="radar-num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m}>
              <th scope="row">{monthLabel(m)}</th>
              <td className="radar-num">{postsPerMonth[i] ?? 0}</td>
              {skills.map((s) => {
                const p = s.series[i];
                return (
                  <td key={s.skillId} className="radar-num">
                    {p ? `${p.count} (${pct(p.share)})` : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
