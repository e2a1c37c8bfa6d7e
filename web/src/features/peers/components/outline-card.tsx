import type { Share } from '../../../../../src/shared/peers.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDateTime } from '../../../ui/format.ts';

/** A shared outline: the steps and sources of a path or practice, never the deliverables. */
export function OutlineCard({
  share,
  onWithdraw,
}: {
  share: Share;
  onWithdraw?: (() => void) | undefined;
}) {
  const o = share.outline;
  const nameOf = useSkillNames(o?.skills ?? []);
  return (
    <li className="pr-card" data-testid="outline-card">
      <div className="pr-card-head">
        <h3>{o?.title ?? 'Outline no longer available'}</h3>
        <span className="badge">
          {share.itemType === 'path' ? 'Path outline' : 'Practice outline'}
        </span>
      </div>
      <p className="muted pr-small">
        Shared by {share.ownerName} · {share.scope === 'public' ? 'public' : 'this circle'} ·{' '}
        {formatDateTime(share.createdAt)}
      </p>
      {o ? (
        <details className="pr-details">
          <summary>
            {o.steps.length} steps{o.skills.length ? ` · ${o.skills.map(nameOf).join(', ')}` : ''}
          </summary>
          <ol className="pr-outline">
            {o.steps.map((s) => (
              <li key={`${s.title}-${s.objective}`}>
                <strong>{s.title}</strong>
                {s.hours !== null ? <span className="muted"> · {s.hours} h</span> : null}
                <p className="pr-small">{s.objective}</p>
                {s.resources.length ? (
                  <ul className="pr-plain-list pr-small">
                    {s.resources.map((r) => (
                      <li key={r.url}>
                        <a href={r.url} target="_blank" rel="noreferrer">
                          {r.title}
                        </a>
                        {r.publisher ? <span className="muted"> — {r.publisher}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {onWithdraw ? (
        <div className="pr-card-actions">
          <button type="button" className="button button-ghost button-small" onClick={onWithdraw}>
            Withdraw share
          </button>
        </div>
      ) : null}
    </li>
  );
}
