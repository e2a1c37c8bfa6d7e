import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import type { Message } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { peersApi } from '../api.ts';

const POLL_MS = 15_000;

/** The private thread of an exchange: only the two of you see it; refreshes every 15 seconds. */
export function ExchangeThread({
  exchangeId,
  otherName,
}: {
  exchangeId: string;
  otherName: string;
}) {
  const id = useId();
  const [messages, setMessages] = useState<Message[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);

  const load = useCallback(() => {
    peersApi.messages(exchangeId).then(
      (r) => {
        setMessages(r.messages);
        setError(null);
      },
      (e) => setError(describeError(e)),
    );
  }, [exchangeId]);

  useEffect(() => {
    load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setSending(true);
    try {
      const m = await peersApi.postMessage(exchangeId, text.trim());
      setMessages((list) => [...(list ?? []), m]);
      setText('');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="pr-thread" aria-labelledby={`${id}-title`}>
      <div className="pr-row">
        <h4 id={`${id}-title`} className="pr-h4">
          Private thread with {otherName}
        </h4>
        <button type="button" className="button button-ghost button-small" onClick={load}>
          Refresh
        </button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {messages === null && !error ? <p className="muted">Loading messages…</p> : null}
      {messages && messages.length === 0 ? (
        <p className="muted">No messages yet. Suggest a time and what to cover first.</p>
      ) : null}
      {messages && messages.length > 0 ? (
        <ol className="pr-messages" aria-live="polite" aria-label="Messages, oldest first">
          {messages.map((m) => (
            <li key={m.id} className={m.mine ? 'pr-msg pr-msg-mine' : 'pr-msg'}>
              <span className="pr-msg-meta">
                {m.mine ? 'You' : otherName} · {formatDateTime(m.createdAt)}
              </span>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={send} className="pr-send">
        <label htmlFor={`${id}-msg`} className="visually-hidden">
          Message to {otherName}
        </label>
        <textarea
          id={`${id}-msg`}
          rows={2}
          maxLength={4000}
          placeholder={`Write to ${otherName}…`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </form>
    </section>
  );
}
