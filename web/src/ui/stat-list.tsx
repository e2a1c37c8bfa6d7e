import type { ReactNode } from 'react';

/** One figure of a stat list: what it counts, and the value. */
export interface Stat {
  label: string;
  value: ReactNode;
  /** A class on the value (e.g. `stat-code` for version strings). */
  valueClassName?: string;
}

/** A row of labelled figures (`dl.stats`), e.g. a profile or a week at a glance. */
export function StatList({ stats }: { stats: Stat[] }) {
  return (
    <dl className="stats">
      {stats.map((s) => (
        <div key={s.label} className="stat">
          <dt>{s.label}</dt>
          <dd className={s.valueClassName}>{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
