import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { radarApi } from '../api.ts';
import { EngineBadge } from '../components/engine-badge.tsx';
import { GapTable } from '../components/gap-table.tsx';
import { LearnNextList } from '../components/learn-next-list.tsx';
import { MoversList } from '../components/movers-list.tsx';
import { RadarTabs } from '../components/radar-tabs.tsx';
import { RoleSelect } from '../components/role-select.tsx';
import { TrajectoryList } from '../components/trajectory-list.tsx';
import { TrendPanel } from '../components/trend-panel.tsx';

/**
 * The radar overview: where the person's skills are heading (trajectories), the gap to a
 * target role and what to learn next with reasons, then market demand in their domain.
 */
export function RadarOverviewPage() {
  usePageTitle('Radar');
  const [role, setRole] = useState('');
  const [months, setMonths] = useState(12);
  const context = useLoad(async () => {
    const [profile, roles] = await Promise.all([
      api.profile.get(),
      api.taxonomy.roles().catch(() => ({ roles: [] })),
    ]);
    return { profile, roles: roles.roles };
  }, []);
  const trajectories = useLoad(() => radarApi.trajectories(), []);
  // The gap needs a role: one chosen here, the profile's target, or one inferred from held
  // skills or delivered client work (as trajectories are). With none of them, the panel says
  // how to get one instead of asking the server for a 400.
  const profile = context.data?.profile;
  const trajectoryCount = trajectories.data?.trajectories.length;
  const gapBasis = role
    ? 'role'
    : !profile
      ? 'unknown'
      : profile.targetRoles.length > 0 || profile.skills.length > 0
        ? 'profile'
        : trajectoryCount === undefined
          ? trajectories.error
            ? 'profile'
            : 'unknown'
          : trajectoryCount > 0
            ? 'profile'
            : 'none';
  const gap = useLoad(
    async () =>
      gapBasis === 'unknown' || gapBasis === 'none' ? null : radarApi.gap(role || undefined),
    [role, gapBasis],
  );
  const learnNext = useLoad(
    () => radarApi.learnNext({ role: role || undefined, limit: 8 }),
    [role],
  );
  const trends = useLoad(() => radarApi.trends({ months }), [months]);

  const profileTarget = context.data?.profile.targetRoles[0];
  const roleId = role || gap.data?.role.id || '';
  const knownRoles = new Set(context.data?.roles.map((r) => r.id) ?? []);

  function planFor(id: string) {
    setRole(id);
    document.getElementById('radar-plan')?.scrollIntoView({ behavior: 'smooth' });
  }

  return (
    <>
      <PageHeader
        title="Radar"
        description="What clients in your niche ask for, where your skills are heading, and what to learn next, with the numbers behind every suggestion."
        actions={
          <Link to="/app/radar/sources" className="button button-primary">
            Add job posts
          </Link>
        }
      />
      <RadarTabs />
      <p className="radar-provenance">
        <EngineBadge /> Everything on this page is computed from the posts and client requests you
        added, matched against the Skilltrace skill taxonomy.
      </p>

      <section className="panel" aria-labelledby="radar-traj">
        <PanelHead titleId="radar-traj" title="Where your skills are heading" />
        <p className="radar-meta">
          Roles your held skills and your clients’ requests point to, best match first.
        </p>
        {trajectories.error ? (
          <LoadError
            small
            what="trajectories"
            message={trajectories.error}
            onRetry={trajectories.reload}
          />
        ) : !trajectories.data ? (
          <LoadingState label="Finding your trajectories…" />
        ) : (
          <TrajectoryList
            trajectories={trajectories.data.trajectories}
            targetRole={roleId}
            knownRoles={knownRoles}
            onPlan={planFor}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="radar-plan-title" id="radar-plan">
        <h2 id="radar-plan-title">Learn next</h2>
        {context.data && context.data.roles.length > 0 ? (
          <div className="radar-role-bar">
            <RoleSelect
              roles={context.data.roles}
              value={roleId}
              profileTarget={profileTarget}
              onChange={setRole}
            />
          </div>
        ) : null}
        <div aria-live="polite" aria-busy={learnNext.loading}>
          {learnNext.error ? (
            <LoadError
              small
              what="suggestions"
              message={learnNext.error}
              onRetry={learnNext.reload}
            />
          ) : !learnNext.data ? (
            <LoadingState label="Ranking skills…" />
          ) : (
            <LearnNextList result={learnNext.data} />
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="radar-gap">
        <h2 id="radar-gap">Gap to {gap.data?.role.name ?? 'your target role'}</h2>
        <div aria-live="polite" aria-busy={gap.loading}>
          {gapBasis === 'none' ? (
            <p className="empty-note">
              No target role yet. <Link to="/app/radar/onboarding">Import your CV</Link> or add
              skills and a target role on your <Link to="/app/profile">profile</Link> to see what
              the role needs that you do not hold yet.
            </p>
          ) : gap.error ? (
            <LoadError small what="the gap analysis" message={gap.error} onRetry={gap.reload} />
          ) : !gap.data ? (
            <LoadingState label="Comparing your skills…" />
          ) : (
            <GapTable gap={gap.data} />
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="radar-trend">
        <h2 id="radar-trend">Demand in your domain</h2>
        {trends.error ? (
          <LoadError small what="demand trends" message={trends.error} onRetry={trends.reload} />
        ) : !trends.data ? (
          <LoadingState label="Counting posts…" />
        ) : trends.data.postsPerMonth.every((n) => n === 0) ? (
          <p className="empty-note">
            No market posts in this period. <Link to="/app/radar/sources">Import job posts</Link> to
            see which skills clients ask for.
          </p>
        ) : (
          <TrendPanel
            trends={trends.data}
            profileDomains={context.data?.profile.domains ?? []}
            months={months}
            onMonths={setMonths}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="radar-movers">
        <h2 id="radar-movers">Rising and falling skills</h2>
        {trends.data ? <MoversList trends={trends.data} /> : null}
        {!trends.data && !trends.error ? <LoadingState label="Counting posts…" /> : null}
        {trends.error ? <p className="radar-meta">See the error above.</p> : null}
      </section>
    </>
  );
}
