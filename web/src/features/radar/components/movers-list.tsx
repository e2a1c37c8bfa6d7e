import type { SkillTrend, TrendsResult } from '../../../../../src/shared/radar.ts';
import { domainLabel, growthText, pct } from '../radar-format.ts';

/**
 * Rising and falling skills across all market posts: only those that pass the evidence
 * threshold, each with its counts, share and growth, so the label can be checked.
 */
export function MoversList({ trends }: { trends: TrendsResult }) {
  const byId = new Map(trends.skills.map((s) => [s.skillId, s]));
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <div>
      <p className="radar-meta">
        Rising or falling = at least 5 posts and a significant change in share (last 3 months vs the
        3 before). Skills with less evidence are not labelled.
      </p>
      <div className="radar-movers">
        <MoverColumn title="Rising" tone="up" skills={pick(trends.rising)} />
        <MoverColumn title="Falling" tone="down" skills={pick(trends.falling)} />
      </div>
      <p className="radar-footnote">Method: {trends.method}</p>
    </div>
  );
}

function MoverColumn({
  title,
  tone,
  skills,
}: {
  title: string;
  tone: 'up' | 'down';
  skills: SkillTrend[];
}) {
  return (
    <section className={`radar-mover radar-mover-${tone}`} aria-label={`${title} skills`}>
      <h3>
        <span aria-hidden="true">{tone === 'up' ? '▲' : '▼'}</span> {title}
      </h3>
      {skills.length === 0 ? (
        <p className="radar-meta">
          No skill passes the threshold{tone === 'up' ? ' upwards' : ' downwards'} right now.
        </p>
      ) : (
        <ul>
          {skills.map((s) => (
            <li key={s.skillId}>
              <div className="radar-mover-head">
                <strong>{s.name}</strong>
                <span className="radar-growth">{growthText(s.growth)}</span>
              </div>
              <span className="radar-sub">
                {s.previous} → {s.recent} posts · share {pct(s.previousShare)} →{' '}
                {pct(s.recentShare)} · z = {s.z.toFixed(2)} · {domainLabel(s.domain)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
