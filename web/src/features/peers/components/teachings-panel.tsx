import { type FormEvent, useId, useState } from 'react';
import type { Exchange, Teaching } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { peersApi } from '../api.ts';

/** What each side taught: record your part; confirm theirs, which becomes evidence for them. */
export function TeachingsPanel({
  exchange: ex,
  nameOf,
  onChanged,
}: {
  exchange: Exchange;
  nameOf: (id: string) => string;
  onChanged: () => void;
}) {
  const id = useId();
  const [skillId, setSkillId] = useState(ex.offer[0] ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const mine = (t: Teaching) => t.teacherId !== ex.other.userId;

  async function record(event: FormEvent) {
    event.preventDefault();
    if (!skillId) return;
    setBusy(true);
    setStatus(null);
    try {
      await peersApi.recordTeaching(ex.id, { skillId, note: note.trim() });
      setNote('');
      setStatus({
        tone: 'success',
        text: `Recorded. Once ${ex.other.name} confirms it, it becomes evidence in your ledger.`,
      });
      onChanged();
    } catch (e) {
      setStatus({ tone: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  async function confirm(t: Teaching) {
    setBusy(true);
    setStatus(null);
    try {
      await peersApi.confirmTeaching(ex.id, t.id);
      setStatus({
        tone: 'success',
        text: `Confirmed. ${ex.other.name} now has evidence that they taught you ${nameOf(t.skillId)}.`,
      });
      onChanged();
    } catch (e) {
      setStatus({ tone: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="pr-teachings" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pr-h4">
        What was taught
      </h4>
      <div aria-live="polite">
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      </div>
      {ex.teachings.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ul className="pr-plain-list">
          {ex.teachings.map((t) => (
            <li key={t.id} className="pr-row">
              <span>
                <strong>{mine(t) ? 'You' : ex.other.name}</strong> taught{' '}
                {mine(t) ? ex.other.name : 'you'} {nameOf(t.skillId)}
                {t.note ? <span className="muted"> — {t.note}</span> : null}{' '}
                <span className={`badge ${t.status === 'confirmed' ? 'pr-badge-ok' : ''}`}>
                  {t.status === 'confirmed' ? '✔ Confirmed, now evidence' : 'Not confirmed yet'}
                </span>
              </span>
              {!mine(t) && t.status === 'claimed' ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => confirm(t)}
                >
                  Confirm {ex.other.name} taught me {nameOf(t.skillId)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {ex.offer.length > 0 ? (
        <form onSubmit={record} className="inline-form inline-form-wrap">
          <div className="field">
            <label htmlFor={`${id}-skill`} className="field-label">
              I taught
            </label>
            <select id={`${id}-skill`} value={skillId} onChange={(e) => setSkillId(e.target.value)}>
              {ex.offer.map((s) => (
                <option key={s} value={s}>
                  {nameOf(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-note`} className="field-label">
              What we covered (optional)
            </label>
            <input
              id={`${id}-note`}
              type="text"
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            Record teaching
          </button>
        </form>
      ) : null}
      <p className="muted pr-small">
        When the learner confirms a teaching, it is added to the teacher’s evidence ledger and earns
        them contribution credits.
      </p>
    </section>
  );
}
