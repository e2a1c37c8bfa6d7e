import { useCallback, useState } from 'react';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { BriefForm } from '../components/brief-form.tsx';
import { ClientRequests } from '../components/client-requests.tsx';
import { FeedList } from '../components/feed-list.tsx';
import { ImportDialog } from '../components/import-dialog.tsx';
import { PostList } from '../components/post-list.tsx';
import { RadarTabs } from '../components/radar-tabs.tsx';

/** Where demand signals come in: file imports, pasted briefs, client history, feeds, posts. */
export function RadarSourcesPage() {
  usePageTitle('Radar · Demand sources');
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  return (
    <>
      <PageHeader
        title="Radar"
        description="The job posts, briefs and client requests the radar learns from. The more you add from your own niche, the sharper its advice."
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setImporting(true)}
          >
            Import posts from a file
          </button>
        }
      />
      <RadarTabs />
      {importing ? <ImportDialog onClose={() => setImporting(false)} onImported={changed} /> : null}

      <section className="panel" aria-labelledby="radar-brief">
        <h2 id="radar-brief">Paste a client brief</h2>
        <p className="radar-meta">
          See at a glance which skills a prospective client asks for. Adding it counts it as demand.
        </p>
        <BriefForm onAdded={changed} />
      </section>

      <section className="panel" aria-labelledby="radar-clients">
        <h2 id="radar-clients">Your client requests</h2>
        <p className="radar-meta">
          What your own clients hired you for. These shape your trajectories and weigh in the
          learn-next ranking, but are kept apart from market demand.
        </p>
        <ClientRequests onChanged={changed} />
      </section>

      <section className="panel" aria-labelledby="radar-feeds">
        <h2 id="radar-feeds">Job feeds</h2>
        <p className="radar-meta">
          Followed feeds are checked on schedule; only new or changed items are fetched.
        </p>
        <FeedList onChanged={changed} />
      </section>

      <section className="panel" aria-labelledby="radar-posts">
        <h2 id="radar-posts">All demand signals</h2>
        <PostList version={version} />
      </section>
    </>
  );
}
