import { useId, useState } from 'react';
import type { PostInfo, PostSource } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { radarApi } from '../api.ts';
import { dateText } from '../radar-format.ts';
import { DeletePostButton } from './delete-post-button.tsx';
import { SkillChips } from './skill-chips.tsx';

const PAGE = 20;
const SOURCE_LABELS: Record<string, string> = {
  import: 'Imported',
  feed: 'From a feed',
  brief: 'Pasted brief',
  client: 'Your client',
};

/** Every demand signal, newest first, with the skills read from it; filter and delete. */
export function PostList({ version }: { version: number }) {
  const filterId = useId();
  const [source, setSource] = useState<PostSource | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const posts = useLoad(
    () => radarApi.posts({ source: source || undefined, limit }),
    [source, limit, version],
  );

  async function remove(p: PostInfo) {
    if (!window.confirm(`Delete “${p.title}”? Its skills stop counting towards demand.`)) return;
    setError(null);
    try {
      await radarApi.deletePost(p.id);
      posts.reload();
    } catch (e) {
      setError(`Could not delete: ${describeError(e)}`);
    }
  }

  return (
    <div>
      <div className="radar-toolbar">
        <div className="field">
          <label className="field-label" htmlFor={filterId}>
            Show
          </label>
          <select
            id={filterId}
            value={source}
            onChange={(e) => {
              setSource(e.target.value as PostSource | '');
              setLimit(PAGE);
            }}
          >
            <option value="">All sources</option>
            {Object.entries(SOURCE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {posts.data ? (
          <p className="radar-meta radar-post-count" aria-live="polite">
            {posts.data.total} post{posts.data.total === 1 ? '' : 's'}
          </p>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {posts.error ? (
        <LoadError small what="posts" message={posts.error} onRetry={posts.reload} />
      ) : !posts.data ? (
        <LoadingState label="Loading posts…" />
      ) : posts.data.posts.length === 0 ? (
        <p className="empty-note">
          No posts here yet. Import a file, paste a brief or follow a feed.
        </p>
      ) : (
        <>
          <ul className="radar-post-list">
            {posts.data.posts.map((p) => (
              <li key={p.id} className="radar-post">
                <div className="radar-post-head">
                  <h3>
                    {p.url ? (
                      <a href={p.url} target="_blank" rel="noreferrer noopener">
                        {p.title}
                      </a>
                    ) : (
                      p.title
                    )}
                  </h3>
                  <span className="badge">{SOURCE_LABELS[p.source] ?? p.source}</span>
                </div>
                <p className="radar-meta">
                  {dateText(p.postedAt)}
                  {p.client ? ` · ${p.client}` : ''}
                  {p.budget ? ` · ${p.budget}` : ''}
                </p>
                <p className="radar-post-text">{p.text}</p>
                <div className="radar-post-foot">
                  <SkillChips skills={p.skills} />
                  <DeletePostButton post={p} onDelete={remove} />
                </div>
              </li>
            ))}
          </ul>
          {posts.data.posts.length < posts.data.total && limit >= 200 ? (
            <p className="radar-meta">Showing the newest 200; filter by source to see others.</p>
          ) : null}
          {posts.data.posts.length < posts.data.total && limit < 200 ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={posts.loading}
              onClick={() => setLimit((l) => Math.min(l + PAGE, 200))}
            >
              {posts.loading
                ? 'Loading…'
                : `Show more (${posts.data.total - posts.data.posts.length} left)`}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
