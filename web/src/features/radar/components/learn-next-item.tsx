import { Link } from 'react-router';
import type { LearnNextItem as Item } from '../../../../../src/shared/radar.ts';
import { hoursText, pct } from '../radar-format.ts';
import { FactorTable } from './factor-table.tsx';

const TREND_BADGE: Record<string, string> = {
  rising: 'badge radar-badge-up',
  falling: 'badge badge-warning',
};

/** One ranked skill: why it is here in plain words, the numbers, and the score's arithmetic. */
export function LearnNextItem({ item }: { item: Item }) {
  const n = item.numbers;
  return (
    <li className="radar-learn-item">
      <div className="radar-learn-head">
        <span className="radar-rank" aria-hidden="true">
          {item.rank}
        </span>
        <h3>
          <span className="visually-hidden">Rank {item.rank}: </span>
          {item.name}
        </h3>
        {n.trend === 'rising' || n.trend === 'falling' ? (
          <span className={TREND_BADGE[n.trend]}>{n.trend}</span>
        ) : null}
        <span className="radar-score" title="Score from 0 to 1; higher means learn it sooner">
          score {item.score.toFixed(2)}
        </span>
      </div>
      <ul className="radar-reasons" aria-label={`Why ${item.name}`}>
        {item.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="radar-numbers">
        {n.marketPosts} posts ({pct(n.marketShare)}) · {n.clientRequests} client request
        {n.clientRequests === 1 ? '' : 's'} · you are at level {n.heldLevel} · about{' '}
        {hoursText(n.hoursToLearn)}
      </p>
      <div className="radar-learn-actions">
        <details className="radar-details">
          <summary>How this score is made</summary>
          <FactorTable item={item} />
        </details>
        <Link
          className="button button-secondary button-small"
          to={`/app/paths/new?learnNext=${encodeURIComponent(item.skillId)}`}
          aria-label={`Make a path for ${item.name}`}
        >
          Make a path
        </Link>
      </div>
    </li>
  );
}
