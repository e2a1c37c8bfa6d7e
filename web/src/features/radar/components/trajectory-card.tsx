import type { Trajectory } from '../../../../../src/shared/radar.ts';
import { domainLabel } from '../radar-format.ts';
import { CoreProgress } from './core-progress.tsx';

/**
 * One role the person's skills point to: core-skill progress, which covered skills they
 * hold and which they delivered for clients, the core skills still missing, and the client
 * requests that support it.
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
  const held = t.covered.filter((s) => s.requested === 0);
  const delivered = t.covered.filter((s) => s.requested > 0);
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
          <dt>You delivered for clients</dt>
          <dd>
            {delivered.length
              ? delivered.map((s) => (
                  <span key={s.skillId} className="radar-chip radar-chip-requested">
                    {s.name} <small>×{s.requested}</small>
                  </span>
                ))
              : 'no delivered requests name its skills'}
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
        {t.support.length ? (
          <div>
            <dt>Why</dt>
            <dd>
              <ul className="radar-trajectory-support">
                {t.support.map((s) => (
                  <li key={s.postId}>
                    “{s.title}”: {s.skills.join(', ')}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {onPlan && !isTarget ? (
        <button type="button" className="button button-secondary button-small" onClick={onPlan}>
          Show gap for this role
        </button>
      ) : null}
    </li>
  );
}
