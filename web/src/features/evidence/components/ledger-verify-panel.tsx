import { useState } from 'react';
import type { LedgerVerification } from '../../../../../src/shared/evidence.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { evidenceApi } from '../api.ts';
import { shortHash } from '../evidence-format.ts';

/**
 * "Verify my ledger": re-checks every hash, link, tombstone and the signed checkpoint, and
 * says in plain words whether the record is intact or which entry broke and why.
 */
export function LedgerVerifyPanel() {
  const [result, setResult] = useState<LedgerVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setResult(await evidenceApi.verifyLedger());
    } catch (e) {
      setResult(null);
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel ev-verify" aria-labelledby="ev-verify-title">
      <div className="panel-head">
        <h2 id="ev-verify-title" className="ev-h2">
          Is my ledger intact?
        </h2>
        <button type="button" className="button button-secondary" onClick={verify} disabled={busy}>
          {busy ? 'Checking…' : 'Verify my ledger'}
        </button>
      </div>
      <p className="muted ev-small">
        Each entry stores a hash of its content and of the entry before it, so changing or removing
        any entry breaks every link after it. The server also signs a checkpoint of the latest entry
        with its key, so even the server cannot rewrite history unnoticed.
      </p>
      <div aria-live="polite">
        {error ? <p className="field-error">Could not check the ledger: {error}</p> : null}
        {result ? <VerifyResult result={result} /> : null}
      </div>
    </section>
  );
}

function VerifyResult({ result }: { result: LedgerVerification }) {
  const counts = `${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}${
    result.tombstones ? `, ${result.tombstones} deleted (tombstones)` : ''
  }`;
  if (result.ok) {
    return (
      <div className="ev-result ev-result-ok" data-testid="ledger-result">
        <p className="ev-result-title">✔ Intact — {counts} checked, nothing changed or missing.</p>
        <p className="ev-small">
          Latest hash <span className="mono">{shortHash(result.headHash)}</span>
          {result.checkpoint
            ? ` · signed checkpoint at entry #${result.checkpoint.seq}, ${formatDateTime(result.checkpoint.at)}`
            : ' · no signed checkpoint yet'}
        </p>
      </div>
    );
  }
  const first = result.firstBad ?? result.problems[0];
  return (
    <div className="ev-result ev-result-bad" data-testid="ledger-result">
      <p className="ev-result-title">✘ Broken — {counts} checked.</p>
      {first ? (
        <p>
          {first.seq !== null ? <strong>Entry #{first.seq}: </strong> : null}
          {first.message}
        </p>
      ) : null}
      {result.problems.length > 1 ? (
        <ul className="ev-small">
          {result.problems.slice(1, 8).map((p) => (
            <li key={`${p.entryId}-${p.problem}-${p.seq}`}>
              {p.seq !== null ? `#${p.seq}: ` : ''}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
