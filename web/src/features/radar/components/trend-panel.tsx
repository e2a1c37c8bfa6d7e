import { useId, useState } from 'react';
import type { TrendsResult } from '../../../../../src/shared/radar.ts';
import { RadarTrendChart as TrendChart } from '../../../components/lazy-charts.tsx';
import { TableToggle } from '../../../ui/chart-frame.tsx';
import { domainLabel } from '../radar-format.ts';
import { TrendTable } from './trend-table.tsx';

const TOP = 5;

/**
 * The demand chart of one domain (the person's first domain by default): monthly share of
 * posts for its most-mentioned skills, with a domain picker and a table alternative.
 */
export function TrendPanel({
  trends,
  profileDomains,
  months,
  onMonths,
}: {
  trends: TrendsResult;
  profileDomains: string[];
  months: number;
  onMonths: (m: number) => void;
}) {
  const domains = orderDomains(trends, profileDomains);
  const [picked, setPicked] = useState<string | null>(null);
  const domain = picked && domains.includes(picked) ? picked : (domains[0] ?? '');
  const [asTable, setAsTable] = useState(false);
  const domainId = useId();
  const monthsId = useId();
  const top = trends.skills
    .filter((s) => s.domain === domain)
    .sort((a, b) => b.total - a.total)
    .slice(0, TOP);
  const totalPosts = trends.postsPerMonth.reduce((a, b) => a + b, 0);

  return (
    <div>
      <div className="radar-toolbar">
        <div className="field">
          <label className="field-label" htmlFor={domainId}>
            Domain
          </label>
          <select id={domainId} value={domain} onChange={(e) => setPicked(e.target.value)}>
            {domains.map((d) => (
              <option key={d} value={d}>
                {domainLabel(d)}
                {profileDomains.includes(d) ? ' (yours)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={monthsId}>
            Period
          </label>
          <select id={monthsId} value={months} onChange={(e) => onMonths(Number(e.target.value))}>
            <option value={6}>Last 6 months</option>
            <option value={12}>Last 12 months</option>
            <option value={24}>Last 24 months</option>
          </select>
        </div>
        <TableToggle
          asTable={asTable}
          onChange={setAsTable}
          className="button button-secondary button-small"
        />
      </div>
      <p className="radar-meta">
        Share of your {totalPosts} market posts each month that mention the{' '}
        {top.length === 1 ? 'skill' : `${top.length} most-asked skills`} of{' '}
        {domainLabel(domain) || 'this domain'}. Your own client requests are not counted here.
      </p>
      {top.length === 0 ? (
        <p className="empty-note">
          Not enough posts in this domain yet: a skill needs at least 5 mentions to be charted.
        </p>
      ) : asTable ? (
        <TrendTable months={trends.months} postsPerMonth={trends.postsPerMonth} skills={top} />
      ) : (
        <TrendChart months={trends.months} skills={top} />
      )}
    </div>
  );
}

/** The person's domains first (in profile order), then the rest by recent posts. */
function orderDomains(trends: TrendsResult, profileDomains: string[]): string[] {
  const withData = new Set(trends.skills.map((s) => s.domain));
  const mine = profileDomains.filter((d) => withData.has(d));
  const rest = [...trends.domains]
    .sort((a, b) => b.recent - a.recent)
    .map((d) => d.domain)
    .filter((d) => withData.has(d) && !mine.includes(d));
  return [...mine, ...rest];
}
