import type { PathDiff } from '../../../../../src/shared/paths.ts';

const KIND_TEXT: Record<PathDiff['changes'][number]['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  resources_changed: 'Sources changed',
  hours_changed: 'Estimate changed',
};

/** What changed between two versions, each change with its reasons. */
export function DiffView({ diff }: { diff: PathDiff }) {
  const nothing =
    diff.changes.length === 0 && diff.inputChanges.length === 0 && !diff.scheduleChanged;
  return (
    <div className="diff">
      <h3>
        Version {diff.from} → version {diff.to}
      </h3>
      {nothing ? <p>No differences.</p> : null}
      {diff.inputChanges.length ? (
        <>
          <h4>What changed in the inputs</h4>
          <ul>
            {diff.inputChanges.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.changes.length ? (
        <>
          <h4>Changes to the steps</h4>
          <ul className="diff-changes">
            {diff.changes.map((c) => (
              <li key={`${c.kind}-${c.stepId}`} className={`diff-${c.kind}`}>
                <span className="tag">{KIND_TEXT[c.kind]}</span> <strong>{c.skillName}</strong>:{' '}
                {c.detail}
                {c.reasons.length ? (
                  <ul>
                    {c.reasons.map((r) => (
                      <li key={r}>Why: {r}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted"> (see the input changes above)</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.scheduleChanged ? <p className="muted">The schedule moved as a result.</p> : null}
    </div>
  );
}
