import { useState } from 'react';
import type { StepPeerValidation } from '../../../../../src/shared/peers.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { peersApi } from '../../peers/api.ts';
import { PeerAnnotationView } from '../../peers/components/peer-annotation-view.tsx';
import '../../peers/peers.css';

/**
 * Peer answers on a step, loaded when opened (one request per opened step, none on page load):
 * each answer as an attributed source with its author's provenance, and how they move the step's
 * confidence.
 */
export function StepPeerAnswers({
  pathId,
  stepId,
  askable,
}: {
  pathId: string;
  stepId: string;
  askable: boolean;
}) {
  const [data, setData] = useState<StepPeerValidation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  function load() {
    setLoading(true);
    setError(null);
    peersApi
      .stepValidation(pathId, stepId)
      .then(setData, (e: unknown) => setError(describeError(e)))
      .finally(() => setLoading(false));
  }

  const c = data?.confidence;
  return (
    <details
      className="step-extra step-peers"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && !data && !loading) load();
      }}
    >
      <summary>
        Peer answers
        {data ? <span className="muted"> ({data.annotations.length})</span> : null}
      </summary>
      <div aria-live="polite" aria-busy={loading}>
        {loading ? <p className="muted">Loading peer answers…</p> : null}
        {error ? (
          <p className="field-error">
            Could not load peer answers: {error}{' '}
            <button type="button" className="button button-ghost button-small" onClick={load}>
              Try again
            </button>
          </p>
        ) : null}
        {data && c ? (
          data.annotations.length === 0 ? (
            <p className="muted">
              No peer has answered a question about this step yet.
              {askable
                ? ' Use “Ask a peer” above to route it to people with verified evidence.'
                : ''}
            </p>
          ) : (
            <>
              <div className="step-peer-confidence">
                {c.before !== null && c.after !== null ? (
                  <p>
                    <strong>Confidence with peer answers:</strong>{' '}
                    <span className="step-peer-shift" data-testid="peer-confidence-shift">
                      {c.before.toFixed(2)} → {c.after.toFixed(2)}
                    </span>
                  </p>
                ) : null}
                <p className="muted">
                  {c.peer.detail}
                  {c.peer.value !== null
                    ? ` Their part scores ${c.peer.value.toFixed(2)} (confirms = 1, depends = 0.5, corrects = 0) and counts for ${Math.round(c.peer.weight * 100)}% of the step’s confidence. The badge at the top of the step leaves peer answers out.`
                    : ''}
                </p>
              </div>
              {data.annotations.map((a) => (
                <PeerAnnotationView key={a.id} annotation={a} />
              ))}
            </>
          )
        ) : null}
      </div>
    </details>
  );
}
