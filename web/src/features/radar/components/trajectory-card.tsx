import type { Trajectory } from '../../../../../src/shared/radar.ts';
import { domainLabel } from '../radar-format.ts';
import { CoreProgress } from './core-progress.tsx';

/**
 * One role the person's skills point to: core-skill progress, which covered skills they
 * hold and which their clients asked for, and the core skills still missing.
 */
export function TrajectoryCard({
  trajectory: t,
  isTarget,
  onPlan,
}: {
  trajectory: Trajectory;
  isTarget: boolean;
  onPlan?: () => void;
}) {
  const held = t.covered.filter((s) => s.held !== null);
  const requestedOnly = t.covered.filter((s) => s.held === null);
  return (
    <li className="radar-trajectory" aria-label={t.name}>
      <div className="radar-trajectory-head">
        <h3>{t.name}</h3>
        {isTarget ? <span className="badge radar-badge-accent">Your target</span> : null}
      </div>
      <p className="radar-meta">{domainLabel(t.domain)}</p>
      <CoreProgress covered={t.coreCovered} total={t.coreTotal} label={`${t.name} core skills`} />
      <dl className="radar-trajectory-facts">
        <div>
          <dt>You hold</dt>
          <dd>
            {held.length
              ? held.map((s) => (
                  <span key={s.skillId} className="radar-chip radar-chip-held">
                    {s.name} <small>L{s.held}</small>
                  </span>
                ))
              : 'none of its skills yet'}
          </dd>
        </div>
        <div>
          <dt>Clients asked for</dt>
          <dd>
            {requestedOnly.length
              ? requestedOnly.map((s) => (
                  <span key={s.skillId} className="radar-chip radar-chip-requested">
                    {s.name} <small>×{s.requested}</small>
                  </span>
                ))
              : 'nothing beyond what you hold'}
          </dd>
        </div>
        <div>
          <dt>Missing core</dt>
          <dd>
            {t.missingCore.length
              ? t.missingCore.map((s) => (
                  <span key={s.skillId} className="radar-chip radar-chip-missing">
                    {s.name}
                  </span>
                ))
              : 'none: every core skill is covered'}
          </dd>
        </div>
      </dl>
      {onPlan && !isTarget ? (
        <button type="button" className="button button-secondary button-small" onClick={onPlan}>
          Show gap for this role
        </button>
      ) : null}
    </li>
  );
}
