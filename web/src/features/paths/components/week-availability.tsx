import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Availability } from '../../../../../src/shared/paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { pathsApi } from '../api.ts';
import { longDate } from '../paths-format.ts';

/** The Monday of the week a date (YYYY-MM-DD) falls in. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

const MAX_FILE_BYTES = 1_000_000;

/**
 * Your week around client work: weeks marked busy (fewer or no learning hours) and an
 * imported iCalendar of client commitments. Sessions go around both on the next re-plan.
 */
export function WeekAvailability() {
  const [data, setData] = useState<Availability | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [week, setWeek] = useState('');
  const [weekHours, setWeekHours] = useState('0');
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const { busy, formError: error, setFormError: setError, send } = useFormSend({ alwaysSay: true });

  const load = useCallback(async () => {
    try {
      setData(await pathsApi.availability());
    } catch (e) {
      setError(describeError(e));
    }
  }, [setError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function run(action: () => Promise<Availability>, done: string) {
    setNotice(null);
    await send(async () => {
      setData(await action());
      setNotice(`${done} Regenerate a path to move its sessions.`);
    });
  }

  function addWeek(e: FormEvent) {
    e.preventDefault();
    if (!week || !data) return;
    const weekStart = mondayOf(week);
    const rest = data.busyWeeks.filter((w) => w.weekStart !== weekStart);
    void run(
      () => pathsApi.setBusyWeeks([...rest, { weekStart, hours: Number(weekHours) || 0, note }]),
      `The week of ${longDate(weekStart)} is marked busy.`,
    );
  }

  function removeWeek(weekStart: string) {
    if (!data) return;
    void run(
      () => pathsApi.setBusyWeeks(data.busyWeeks.filter((w) => w.weekStart !== weekStart)),
      `The week of ${longDate(weekStart)} is no longer busy.`,
    );
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError('The calendar file is larger than 1 MB.');
      return;
    }
    const ics = await file.text();
    void run(() => pathsApi.importCalendar({ ics }), 'Calendar imported.');
  }

  function importUrl(e: FormEvent) {
    e.preventDefault();
    if (!url) return;
    void run(() => pathsApi.importCalendar({ url }), 'Calendar imported.');
  }

  return (
    <section className="panel" aria-labelledby="week-title">
      <h2 id="week-title">Your week around client work</h2>
      <p className="muted">
        Mark busy weeks and import your client calendar: sessions go into the free time around them.
        Only busy times are kept from the calendar, never titles, places or people.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>

      <h3>Busy weeks</h3>
      {data?.busyWeeks.length ? (
        <ul aria-label="Busy weeks">
          {data.busyWeeks.map((w) => (
            <li key={w.weekStart}>
              Week of {longDate(w.weekStart)}:{' '}
              {w.hours === 0 ? 'no learning' : `${w.hours} h for learning`}
              {w.note ? ` (${w.note})` : ''}{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => removeWeek(w.weekStart)}
                disabled={busy}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No week is marked busy.</p>
      )}
      <form onSubmit={addWeek} className="form-row">
        <label>
          A day in the busy week
          <input type="date" required value={week} onChange={(e) => setWeek(e.target.value)} />
        </label>
        <label>
          Hours for learning that week
          <input
            type="number"
            min={0}
            max={80}
            step={0.5}
            value={weekHours}
            onChange={(e) => setWeekHours(e.target.value)}
          />
        </label>
        <label>
          Note (optional)
          <input maxLength={120} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !data}>
          Mark busy
        </button>
      </form>

      <h3>Client calendar</h3>
      {data?.calendar ? (
        <div>
          <p>
            {data.calendar.busyTimes} busy times from {data.calendar.events}{' '}
            {data.calendar.events === 1 ? 'event' : 'events'} (
            {data.calendar.source === 'url' ? `from ${data.calendar.host}` : 'from a file'},
            imported {formatDateTime(data.calendar.importedAt)}).
          </p>
          {data.calendar.notes.length ? (
            <ul className="muted">
              {data.calendar.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void run(() => pathsApi.removeCalendar(), 'Calendar removed.')}
          >
            Remove calendar
          </button>
        </div>
      ) : (
        <p className="muted">No calendar imported.</p>
      )}
      <label>
        Import an .ics file
        <input
          type="file"
          accept=".ics,text/calendar"
          disabled={busy}
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </label>
      <form onSubmit={importUrl} className="form-row">
        <label>
          Or a calendar URL (https)
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="submit" className="button button-secondary" disabled={busy || !url}>
          Import from URL
        </button>
      </form>
    </section>
  );
}
