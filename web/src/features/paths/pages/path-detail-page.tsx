import { useCallback, useEffect, useState } from 'react';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import type { PathView } from '../../../../../src/shared/paths.ts';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { pathsApi } from '../api.ts';
import { PathDeferred } from '../components/path-deferred.tsx';
import { PathHeader } from '../components/path-header.tsx';
import { PathSchedule } from '../components/path-schedule.tsx';
import { PathVersions } from '../components/path-versions.tsx';
import { StepList } from '../components/step-list.tsx';

type Details = ProgressView['pathDetails'];
const ALL_DETAILS: Details = {
  showConfidence: true,
  showSources: true,
  showCommunityTraces: true,
  showEstimates: true,
};

/** One path: header, then tabs for the checklist, the week-by-week schedule and versions. */
export function PathDetailPage() {
  const { pathId = '' } = useParams();
  const [path, setPath] = useState<PathView | null>(null);
  const [error, setError] = useState<{ text: string; notFound: boolean } | null>(null);
  const [details, setDetails] = useState<Details>(ALL_DETAILS);
  usePageTitle(path?.title ?? 'Path');

  const load = useCallback(async () => {
    setError(null);
    try {
      setPath(await pathsApi.get(pathId));
    } catch (e) {
      const notFound = e instanceof Error && 'status' in e && e.status === 404;
      setError({ text: describeError(e), notFound });
    }
  }, [pathId]);

  useEffect(() => {
    void load();
    pathsApi
      .progressView()
      .then((v) => setDetails(v.pathDetails))
      .catch(() => undefined);
  }, [load]);

  if (error?.notFound) return <NotFoundPage />;
  if (error) {
    return <LoadError what="this path" message={error.text} onRetry={load} />;
  }
  if (!path) return <LoadingState label="Loading the path…" />;

  const tabs = [
    { to: '', label: 'Steps' },
    { to: 'schedule', label: 'Schedule' },
    { to: 'versions', label: 'Versions' },
  ];
  return (
    <>
      <p className="back-link">
        <Link to="/app/paths">← All paths</Link>
      </p>
      <PathHeader path={path} />
      <PathDeferred path={path} onChange={setPath} />
      <nav className="tabs" aria-label="Path sections">
        {tabs.map((t) => (
          <NavLink
            key={t.label}
            to={`/app/paths/${path.id}${t.to ? `/${t.to}` : ''}`}
            end
            className={({ isActive }) => (isActive ? 'tab tab-active' : 'tab')}
          >
            {t.label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<StepList path={path} details={details} onChange={setPath} />} />
        <Route path="schedule" element={<PathSchedule path={path} />} />
        <Route path="versions" element={<PathVersions path={path} onRegenerated={setPath} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
