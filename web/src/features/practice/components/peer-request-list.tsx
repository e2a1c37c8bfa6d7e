import { Link } from 'react-router';
import { formatDate } from '../../../ui/format.ts';
import type { PeerRequest } from '../api.ts';

/** Review requests other people addressed to you; each opens the reviewer flow. */
export function PeerRequestList({ requests }: { requests: PeerRequest[] }) {
  const pending = requests.filter((r) => r.status === 'pending');
  if (pending.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="peer-requests-title">
      <h2 id="peer-requests-title">Review requests for you ({pending.length})</h2>
      <p className="muted">
        A peer asked for your review. You see the brief and their deliverable, not who they are.
      </p>
      <ul className="brief-list">
        {pending.map((r) => (
          <li key={r.token} className="mini-card">
            <div className="mini-card-head">
              <Link to={`/app/practice/peer/${encodeURIComponent(r.token)}`}>{r.brief.title}</Link>
              <span className="badge badge-warning">Waiting for you</span>
            </div>
            <p>Asked {formatDate(r.createdAt)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
