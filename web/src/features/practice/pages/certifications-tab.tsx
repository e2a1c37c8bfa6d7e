import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type Certification, practiceApi, type Readiness } from '../api.ts';
import { CertificationDetail } from '../components/certification-detail.tsx';
import { CertificationList } from '../components/certification-list.tsx';
import { ExamPractice } from '../components/exam-practice.tsx';
import { ReadinessView } from '../components/readiness-view.tsx';

/** Certification preparation: the catalog, one certification's objectives, questions, readiness. */
export function CertificationsTab() {
  usePageTitle('Certification preparation');
  const [params, setParams] = useSearchParams();
  const [certs, setCerts] = useState<Certification[] | null>(null);
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [modelActive, setModelActive] = useState(false);
  const selectedId = params.get('cert');
  const selected = certs?.find((c) => c.id === selectedId) ?? null;

  const loadCerts = useCallback(async () => {
    setError(null);
    try {
      const [list, model] = await Promise.all([
        practiceApi.certifications(),
        practiceApi.modelStatus().catch(() => ({ active: 'offline' as const })),
      ]);
      setCerts(list.certifications);
      setModelActive(model.active !== 'offline');
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  const loadReadiness = useCallback(async (id: string) => {
    try {
      setReadiness(await practiceApi.readiness(id));
    } catch {
      setReadiness(null);
    }
  }, []);

  useEffect(() => {
    void loadCerts();
  }, [loadCerts]);
  useEffect(() => {
    setReadiness(null);
    if (selectedId) void loadReadiness(selectedId);
  }, [selectedId, loadReadiness]);

  if (error) return <LoadError what="the certifications" message={error} onRetry={loadCerts} />;
  if (!certs) return <LoadingState label="Loading certifications…" />;
  return (
    <>
      <section className="panel" aria-labelledby="certs-title">
        <h2 id="certs-title">Certifications clients recognise</h2>
        <p className="muted">
          Pick one to see its exam format and objectives, practise exam-style questions, and track
          how ready you are per objective.
        </p>
        <CertificationList
          certifications={certs}
          selected={selectedId}
          onSelect={(id) => setParams({ cert: id })}
        />
      </section>
      {selected ? (
        <div className="cert-layout">
          <CertificationDetail certification={selected} />
          <div>
            <ExamPractice
              key={selected.id}
              certification={selected}
              modelActive={modelActive}
              onAnswered={() => void loadReadiness(selected.id)}
            />
            {readiness ? (
              <ReadinessView readiness={readiness} />
            ) : (
              <LoadingState label="Loading readiness…" />
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
