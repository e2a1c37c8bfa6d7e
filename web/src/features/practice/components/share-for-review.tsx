import { type FormEvent, useEffect, useState } from 'react';
import { Field } from '../../../components/field.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { practiceApi } from '../api.ts';

interface Peer {
  userId: string;
  name: string;
}

/**
 * Shares the brief and latest submission with one peer for review. Reviewers come from your
 * peer matches; the reviewer sees the work, never who asked.
 */
export function ShareForReview({ briefId }: { briefId: string }) {
  const [peers, setPeers] = useState<Peer[] | null>(null);
  const [peer, setPeer] = useState('');
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    practiceApi
      .matches()
      .then((m) => {
        if (!live) return;
        const list = m.matches.map((x) => ({ userId: x.person.userId, name: x.person.name }));
        setPeers(list);
        setPeer(list[0]?.userId ?? '');
      })
      .catch(() => live && setPeers([]));
    return () => {
      live = false;
    };
  }, []);

  async function share(event: FormEvent) {
    event.preventDefault();
    if (!peer) return;
    setBusy(true);
    try {
      const r = await practiceApi.share(briefId, peer);
      const name = peers?.find((p) => p.userId === peer)?.name ?? 'your peer';
      setLink(`${window.location.origin}/app/practice/peer/${encodeURIComponent(r.token)}`);
      setMessage(
        `Shared with ${name}. They find it under Practice → Review requests, or at this link:`,
      );
    } catch (e) {
      setLink(null);
      setMessage(`Could not share: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  if (peers === null) return null;
  return (
    <form className="share-review" onSubmit={share} aria-label="Ask a peer to review">
      {peers.length === 0 ? (
        <p className="field-hint">
          Peer review needs a peer: opt in under Peers to get matched with freelancers who do not
          compete for your clients.
        </p>
      ) : (
        <div className="inline-form">
          <Field
            label="Ask a peer to review"
            hint="Only this brief and your latest submission are shared."
          >
            {(control) => (
              <select {...control} value={peer} onChange={(e) => setPeer(e.target.value)}>
                {peers.map((p) => (
                  <option key={p.userId} value={p.userId}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button button-secondary share-button" disabled={busy}>
            {busy ? 'Sharing…' : 'Share for review'}
          </button>
        </div>
      )}
      <div aria-live="polite" className="field-hint">
        {message}
        {link ? <code className="share-link">{link}</code> : null}
      </div>
    </form>
  );
}
