import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useLoad } from '../../../hooks/use-load.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { StatList } from '../../../ui/stat-list.tsx';
import { peersApi } from '../api.ts';

const KIND_LABELS: Record<string, string> = {
  validation: 'Answered questions',
  review: 'Peer reviews',
  teaching: 'Confirmed teaching',
};

/** Contribution credits: points per kind and the latest contributions; they show on your portfolio. */
export function CreditsSummary() {
  const { data, error } = useLoad(() => peersApi.credits(), []);
  if (error) return <Alert tone="error">Could not load your credits: {error}</Alert>;
  if (!data) return <LoadingState label="Loading credits…" />;
  const byKind = new Map<string, number>();
  for (const c of data.credits) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.points);
  return (
    <section className="panel" aria-labelledby="credits-title">
      <h2 id="credits-title">Contribution credits</h2>
      <p className="muted">
        You earn points when you answer a routed question, review someone’s practice, or a peer
        confirms what you taught them. They show on your public portfolio.
      </p>
      <StatList
        stats={[
          { label: 'Total points', value: data.total },
          ...[...byKind].map(([kind, points]) => ({
            label: KIND_LABELS[kind] ?? kind,
            value: points,
          })),
        ]}
      />
      {data.credits.length === 0 ? (
        <p className="empty-note">
          No contributions yet. Answer a question in your inbox to start.
        </p>
      ) : (
        <ul className="pr-plain-list" aria-label="Recent contributions">
          {data.credits.slice(0, 5).map((c) => (
            <li key={`${c.at}-${c.title}`}>
              {c.title}{' '}
              <span className="muted">
                · {c.points} pt · {formatDateTime(c.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
