import { useCallback, useEffect, useState } from 'react';
import type { Brief } from '../../../../../src/shared/practice.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type PeerRequest, practiceApi } from '../api.ts';
import { BriefList } from '../components/brief-list.tsx';
import { NewBriefForm } from '../components/new-brief-form.tsx';
import { PeerRequestList } from '../components/peer-request-list.tsx';

/** The Briefs tab: review requests for you, a new-brief form and your briefs. */
export function BriefsTab() {
  usePageTitle('Practice briefs');
  const [briefs, setBriefs] = useState<Brief[] | null>(null);
  const [requests, setRequests] = useState<PeerRequest[]>([]);
  const [modelActive, setModelActive] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [list, reqs, model] = await Promise.all([
        practiceApi.briefs(),
        practiceApi.peerRequests().catch(() => ({ requests: [] })),
        practiceApi.modelStatus().catch(() => ({ active: 'offline' as const })),
      ]);
      setBriefs(list.briefs);
      setRequests(reqs.requests);
      setModelActive(model.active !== 'offline');
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <LoadError what="your briefs" message={error} onRetry={load} />;
  if (!briefs) return <LoadingState label="Loading your briefs…" />;
  return (
    <>
      <PeerRequestList requests={requests} />
      <NewBriefForm modelActive={modelActive} />
      <section aria-labelledby="your-briefs-title">
        <h2 id="your-briefs-title">Your briefs ({briefs.length})</h2>
        <BriefList briefs={briefs} />
      </section>
    </>
  );
}
