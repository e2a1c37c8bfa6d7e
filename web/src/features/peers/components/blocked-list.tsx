import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { peersApi } from '../api.ts';

/** The people you blocked, each with "Unblock". */
export function BlockedList() {
  const { data, error, reload } = useLoad(() => peersApi.blocks(), []);
  const [rowError, setRowError] = useState<string | null>(null);
  if (error) return <Alert tone="error">Could not load blocked people: {error}</Alert>;
  if (!data) return null;
  return (
    <section className="panel" aria-labelledby="blocked-title">
      <h2 id="blocked-title">Blocked people</h2>
      {rowError ? <Alert tone="error">{rowError}</Alert> : null}
      {data.blocks.length === 0 ? (
        <p className="muted">Nobody. Block someone from a match, exchange or circle.</p>
      ) : (
        <ul className="pr-plain-list">
          {data.blocks.map((b) => (
            <li key={b.userId} className="pr-row">
              <span>{b.name}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`Unblock ${b.name}`}
                onClick={() =>
                  peersApi.unblock(b.userId).then(reload, (e) => setRowError(describeError(e)))
                }
              >
                Unblock
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
