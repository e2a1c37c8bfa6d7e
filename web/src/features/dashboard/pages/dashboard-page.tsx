import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { DOMAIN_LABELS, type Profile } from '../../../../../src/shared/accounts.ts';
import type { DashboardSummary as Summary } from '../../../../../src/shared/dashboard.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useUser } from '../../../session/session-context.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { type Stat, StatList } from '../../../ui/stat-list.tsx';
import { progressApi } from '../../progress/api.ts';
import { DashboardSummary } from '../../progress/components/dashboard-summary.tsx';
import { FirstRunGuide } from '../components/first-run-guide.tsx';
import { WhatNext } from '../components/what-next.tsx';

/** True when the user has not told Skilltrace anything about themselves yet. */
function isEmptyProfile(p: Profile): boolean {
  return (
    !p.headline && p.domains.length === 0 && p.skills.length === 0 && p.targetRoles.length === 0
  );
}

/**
 * The landing screen after sign-in: what to do next (path step, market change), the proof to
 * show (credential, portfolio), this week, and the profile at a glance.
 */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const user = useUser();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // One request for the whole page (the server answers it from cached reads).
    progressApi
      .dashboard()
      .then((s) => live && setSummary(s))
      .catch((e) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, []);

  const firstName = user.name.trim().split(/\s+/)[0] ?? user.name;
  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description="Your learning, in one place." />
      {error ? (
        <Alert tone="error" title="Could not load your dashboard">
          {error}
        </Alert>
      ) : null}
      {!summary && !error ? <LoadingState label="Loading your dashboard…" /> : null}
      {summary && !user.isDemo ? <FirstRunGuide userId={user.id} summary={summary} /> : null}
      {summary && !isEmptyProfile(summary.profile) ? <WhatNext summary={summary} /> : null}
      {summary ? <DashboardSummary summary={summary} /> : null}
      {summary && !isEmptyProfile(summary.profile) ? (
        <ProfileGlance profile={summary.profile} />
      ) : null}
    </>
  );
}

function ProfileGlance({ profile }: { profile: Profile }) {
  const stats: Stat[] = [
    { label: 'Skills', value: String(profile.skills.length) },
    { label: 'Target roles', value: String(profile.targetRoles.length) },
    { label: 'Hours per week', value: String(profile.weeklyHours) },
    { label: 'Learning days', value: String(profile.learningDays.length) },
  ];
  return (
    <section className="panel" aria-labelledby="glance-title">
      <PanelHead titleId="glance-title" title="Your profile">
        <Link to="/app/profile">Edit profile</Link>
      </PanelHead>
      {profile.headline ? <p className="lead">{profile.headline}</p> : null}
      <StatList stats={stats} />
      {profile.domains.length > 0 ? (
        <p className="muted">{profile.domains.map((d) => DOMAIN_LABELS[d]).join(' · ')}</p>
      ) : null}
    </section>
  );
}
