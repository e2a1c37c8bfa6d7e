import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EvidenceEntry } from '../../../../../src/shared/evidence.ts';
import { formatDate } from '../../../ui/format.ts';
import { practiceApi } from '../api.ts';

/** "Recorded in your evidence ledger" with the entry the first review created. */
export function EvidenceRecorded({ evidenceId }: { evidenceId: string }) {
  const [entry, setEntry] = useState<EvidenceEntry | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    practiceApi
      .evidence(evidenceId)
      .then((e) => live && setEntry(e))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [evidenceId]);

  return (
    <section
      className="panel evidence-recorded"
      aria-labelledby="evidence-title"
      aria-live="polite"
    >
      <h2 id="evidence-title">
        <span aria-hidden="true">✓ </span>Recorded in your evidence ledger
      </h2>
      {entry ? (
        <>
          <p>
            <strong>{entry.title}</strong>
          </p>
          <p className="muted">{entry.description}</p>
          <p className="field-hint">
            Entry #{entry.seq} · {formatDate(entry.recordedAt)} · {entry.visibility} · hash{' '}
            <code title={entry.hash}>{entry.hash.slice(0, 12)}…</code> (tamper-evident)
          </p>
        </>
      ) : failed ? (
        <p className="muted">The entry exists but could not be loaded right now.</p>
      ) : (
        <p className="muted">Loading the entry…</p>
      )}
      <Link to="/app/evidence">Open the evidence ledger</Link>
    </section>
  );
}
