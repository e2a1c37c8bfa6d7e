import { useCallback, useEffect, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type CalendarTokenNew, type CalendarTokenRow, pathsApi } from '../api.ts';
import { CopyField } from './copy-field.tsx';

/** Secret iCalendar links for the path: create (shown once), list, revoke. */
export function CalendarSubscriptions({ pathId }: { pathId: string }) {
  const [tokens, setTokens] = useState<CalendarTokenRow[] | null>(null);
  const [created, setCreated] = useState<CalendarTokenNew | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setTokens((await pathsApi.tokens(pathId)).tokens);
    } catch (e) {
      setError(describeError(e));
    }
  }, [pathId]);
  useEffect(() => {
    void load();
  }, [load]);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      setCreated(await pathsApi.createToken(pathId));
      await load();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(id: string) {
    setError(null);
    try {
      await pathsApi.revokeToken(pathId, id);
      if (created?.id === id) setCreated(null);
      await load();
    } catch (e) {
      setError(describeError(e));
    }
  }

  const https = created ? new URL(created.url, window.location.origin).toString() : '';
  const webcal = https.replace(/^https?:/, 'webcal:');
  const active = tokens?.filter((t) => !t.revokedAt) ?? [];
  return (
    <section className="panel" aria-labelledby="cal-title">
      <h2 id="cal-title">Subscribe in your calendar</h2>
      <p className="muted">
        A secret link your calendar app polls, so sessions appear next to your client work and move
        when you regenerate. Anyone with the link can see the schedule; revoke it if it leaks.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="button" className="button button-primary" onClick={create} disabled={busy}>
        {busy ? 'Creating…' : 'Create calendar link'}
      </button>
      <div aria-live="polite">
        {created ? (
          <div className="calendar-created">
            <Alert tone="success" title="Calendar link created — copy it now, it is shown once.">
              <CopyField label="Calendar link (webcal)" value={webcal} />
              <CopyField label="Calendar link (https)" value={https} />
              <ul className="calendar-howto">
                <li>
                  Apple Calendar / iPhone: open the webcal link, or File → New Calendar
                  Subscription.
                </li>
                <li>Google Calendar: Other calendars → + → From URL, paste the https link.</li>
                <li>Outlook: Add calendar → Subscribe from web, paste the https link.</li>
              </ul>
            </Alert>
          </div>
        ) : null}
      </div>
      {active.length ? (
        <>
          <h3 className="calendar-list-title">Active links</h3>
          <ul className="calendar-tokens">
            {active.map((t) => (
              <li key={t.id}>
                Created {formatDateTime(t.createdAt)}
                <button
                  type="button"
                  className="button button-danger-ghost button-small"
                  onClick={() => revoke(t.id)}
                >
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : tokens ? (
        <p className="muted">No active calendar links.</p>
      ) : null}
    </section>
  );
}
