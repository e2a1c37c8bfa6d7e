import { useState } from 'react';
import type { FeedInfo } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { radarApi } from '../api.ts';
import { dateText } from '../radar-format.ts';
import { FeedForm } from './feed-form.tsx';

type Message = { tone: 'success' | 'error' | 'info'; text: string };

/** Followed job feeds: last check and its outcome, poll now, pause, stop following. */
export function FeedList({ onChanged }: { onChanged: () => void }) {
  const feeds = useLoad(() => radarApi.feeds(), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  async function act(feed: FeedInfo, what: 'poll' | 'toggle' | 'delete') {
    if (what === 'delete' && !window.confirm(`Stop following ${feed.title}? Its posts stay.`))
      return;
    setBusy(feed.id);
    setMessage(null);
    try {
      if (what === 'poll') {
        const r = await radarApi.pollFeed(feed.id);
        setMessage({
          tone: r.errors.length ? 'info' : 'success',
          text: r.notModified
            ? `${feed.title}: no change since the last check.`
            : `${feed.title}: ${r.items} items read, ${r.added} added, ${r.duplicates + r.nearDuplicates} already known${r.errors.length ? `, ${r.errors.length} unreadable` : ''}.`,
        });
        onChanged();
      } else if (what === 'toggle') {
        await radarApi.updateFeed(feed.id, { enabled: !feed.enabled });
      } else {
        await radarApi.deleteFeed(feed.id);
      }
    } catch (e) {
      setMessage({ tone: 'error', text: `${feed.title}: ${describeError(e)}` });
    } finally {
      setBusy(null);
      feeds.reload();
    }
  }

  return (
    <div>
      <FeedForm
        onAdded={(title) => {
          setMessage({
            tone: 'success',
            text: `Following ${title}. Use “Check now” for a first look.`,
          });
          feeds.reload();
        }}
      />
      <div aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      {feeds.error ? (
        <LoadError small what="your feeds" message={feeds.error} onRetry={feeds.reload} />
      ) : !feeds.data ? (
        <LoadingState label="Loading feeds…" />
      ) : feeds.data.feeds.length === 0 ? (
        <p className="empty-note">
          No feeds yet. Many job boards offer an RSS feed of a saved search.
        </p>
      ) : (
        <ul className="radar-post-list">
          {feeds.data.feeds.map((f) => (
            <li key={f.id} className="radar-post">
              <div className="radar-post-head">
                <h3>{f.title}</h3>
                <span className={f.enabled ? 'badge' : 'badge badge-warning'}>
                  {f.enabled ? `every ${everyText(f.intervalMinutes)}` : 'paused'}
                </span>
              </div>
              <p className="radar-meta radar-url">{f.url}</p>
              <p className="radar-meta">
                {f.lastPolledAt ? `Last checked ${dateText(f.lastPolledAt)}` : 'Not checked yet'}
                {f.lastStatus !== null ? ` · HTTP ${f.lastStatus}` : ''} · {f.itemsAdded} posts
                added so far
              </p>
              {f.lastError ? (
                <Alert tone="warning" title="Last check failed">
                  {f.lastError}
                </Alert>
              ) : null}
              <div className="button-row">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy === f.id}
                  onClick={() => act(f, 'poll')}
                  aria-label={`Check ${f.title} now`}
                >
                  {busy === f.id ? 'Working…' : 'Check now'}
                </button>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  disabled={busy === f.id}
                  onClick={() => act(f, 'toggle')}
                >
                  {f.enabled ? 'Pause' : 'Resume'}
                </button>
                <button
                  type="button"
                  className="button button-danger-ghost button-small"
                  disabled={busy === f.id}
                  onClick={() => act(f, 'delete')}
                  aria-label={`Stop following ${f.title}`}
                >
                  Stop following
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function everyText(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? 'day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}
