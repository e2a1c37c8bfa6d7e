import { useState } from 'react';
import type { PostInfo } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { radarApi } from '../api.ts';
import { dateText } from '../radar-format.ts';
import { ClientRequestForm, STATUS_LABELS } from './client-request-form.tsx';
import { DeletePostButton } from './delete-post-button.tsx';
import { SkillChips } from './skill-chips.tsx';

const SHOWN = 5;

/** Your own past client requests: the strongest signal of what your clients pay for. */
export function ClientRequests({ onChanged }: { onChanged: () => void }) {
  const list = useLoad(() => radarApi.clients({ limit: 100 }), []);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [all, setAll] = useState(false);
  const [message, setMessage] = useState<{
    tone: 'success' | 'error' | 'info';
    text: string;
  } | null>(null);

  function done(text: string, tone: 'success' | 'info' = 'success') {
    setEditing(null);
    setMessage({ tone, text });
    list.reload();
    onChanged();
  }

  async function remove(post: PostInfo) {
    if (!window.confirm(`Delete the request from ${post.client ?? 'this client'}?`)) return;
    try {
      await radarApi.deleteClient(post.id);
      done('Request deleted.');
    } catch (e) {
      setMessage({ tone: 'error', text: `Could not delete: ${describeError(e)}` });
    }
  }

  return (
    <div>
      <div aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      {editing === 'new' ? (
        <ClientRequestForm
          onCancel={() => setEditing(null)}
          onSave={async (body) => {
            const r = await radarApi.addClient(body);
            done(
              r.status === 'added'
                ? 'Request added.'
                : 'Not added: you already recorded this request.',
              r.status === 'added' ? 'success' : 'info',
            );
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setMessage(null);
            setEditing('new');
          }}
        >
          Add a client request
        </button>
      )}
      {list.error ? (
        <LoadError small what="your client requests" message={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <LoadingState label="Loading client requests…" />
      ) : list.data.posts.length === 0 ? (
        <p className="empty-note">
          No client requests yet. Add the last few jobs clients hired you for.
        </p>
      ) : (
        <ul className="radar-post-list">
          {(all ? list.data.posts : list.data.posts.slice(0, SHOWN)).map((p) =>
            editing === p.id ? (
              <li key={p.id}>
                <ClientRequestForm
                  initial={p}
                  onCancel={() => setEditing(null)}
                  onSave={async (body) => {
                    await radarApi.updateClient(p.id, body);
                    done('Request saved; its skills were read again.');
                  }}
                />
              </li>
            ) : (
              <li key={p.id} className="radar-post">
                <div className="radar-post-head">
                  <h3>{p.title}</h3>
                  <span className="radar-meta">
                    {p.client ?? 'Unnamed client'} · {dateText(p.postedAt)}
                    {p.budget ? ` · ${p.budget}` : ''}
                  </span>
                  {p.status && p.status !== 'delivered' ? (
                    <span className="badge">{STATUS_LABELS[p.status]}: not counted as held</span>
                  ) : null}
                </div>
                <p className="radar-post-text">{p.text}</p>
                <SkillChips skills={p.skills} />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    onClick={() => {
                      setMessage(null);
                      setEditing(p.id);
                    }}
                    aria-label={`Edit ${p.title}`}
                  >
                    Edit
                  </button>
                  <DeletePostButton post={p} onDelete={remove} />
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {list.data && list.data.posts.length > SHOWN ? (
        <button
          type="button"
          className="button button-ghost button-small radar-more"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? 'Show the latest 5 only' : `Show all ${list.data.posts.length} requests`}
        </button>
      ) : null}
    </div>
  );
}
