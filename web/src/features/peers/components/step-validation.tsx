import { Alert } from '../../../components/alert.tsx';
import { useLoad } from '../../../hooks/use-load.ts';
import { peersApi } from '../api.ts';
import { pct } from '../peers-format.ts';
import { PeerAnnotationView } from './peer-annotation-view.tsx';

/** Peer answers already on a path step, and how they moved its confidence. */
export function StepValidation({ pathId, stepId }: { pathId: string; stepId: string }) {
  const { data, error } = useLoad(() => peersApi.stepValidation(pathId, stepId), [pathId, stepId]);
  if (error) return <Alert tone="error">Could not load peer answers on this step: {error}</Alert>;
  if (!data) return null;
  const { confidence: c } = data;
  return (
    <section className="panel" aria-labelledby="step-peers">
      <h3 id="step-peers" className="pr-h3">
        Peer answers on this step
      </h3>
      {data.annotations.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <>
          <p className="pr-small">
            {c.peer.detail}
            {c.before !== null && c.after !== null
              ? ` Step confidence ${pct(c.before)} → ${pct(c.after)} with peer answers.`
              : ''}
          </p>
          {data.annotations.map((a) => (
            <PeerAnnotationView key={a.id} annotation={a} />
          ))}
        </>
      )}
    </section>
  );
}
