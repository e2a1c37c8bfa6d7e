import type { CredentialInfo, CriteriaStatus } from '../../../../../src/shared/evidence.ts';
import { formatDate } from '../../../ui/format.ts';
import { LEVEL_LABELS } from '../evidence-format.ts';

/**
 * One skill's credential rules, level by level: what the ledger already meets, what is
 * still missing in plain words, and "Issue credential" where everything is met.
 */
export function CriteriaCard({
  skillName,
  levels,
  held,
  busyKey,
  onIssue,
}: {
  skillName: string;
  levels: CriteriaStatus[];
  /** Valid (not revoked) credentials the person holds for this skill. */
  held: CredentialInfo[];
  busyKey: string | null;
  onIssue: (status: CriteriaStatus) => void;
}) {
  return (
    <li className="panel ev-criteria" data-testid="criteria-card" data-skill={levels[0]?.skillId}>
      <h3 className="ev-criteria-title">{skillName}</h3>
      <ol className="ev-levels">
        {levels.map((status) => {
          const owned = held.find((c) => c.level === status.level);
          const key = `${status.skillId}:${status.level}`;
          const metCount = status.requirements.filter((r) => r.met).length;
          return (
            <li key={status.level} className={status.met ? 'ev-level ev-level-met' : 'ev-level'}>
              <div className="ev-level-head">
                <span className="ev-level-name">{LEVEL_LABELS[status.level]}</span>
                <span className={status.met ? 'badge ev-badge-ok' : 'badge'}>
                  {status.met
                    ? 'Criteria met'
                    : `${metCount} of ${status.requirements.length} requirements met`}
                </span>
                {owned ? (
                  <span className="muted ev-small">Issued {formatDate(owned.issuedAt)}</span>
                ) : status.met ? (
                  <button
                    type="button"
                    className="button button-primary button-small"
                    disabled={busyKey !== null}
                    onClick={() => onIssue(status)}
                  >
                    {busyKey === key ? 'Issuing…' : 'Issue credential'}
                    <span className="visually-hidden">
                      {` (${LEVEL_LABELS[status.level].toLowerCase()} level) for ${skillName}`}
                    </span>
                  </button>
                ) : null}
              </div>
              <ul className="ev-reqs">
                {status.requirements.map((r) => (
                  <li key={r.id} className={r.met ? 'ev-req ev-req-met' : 'ev-req ev-req-missing'}>
                    <span aria-hidden="true">{r.met ? '✔' : '○'}</span>{' '}
                    <span className="visually-hidden">{r.met ? 'Met:' : 'Missing:'}</span>
                    {r.label}{' '}
                    <span className="muted">
                      ({r.have} of {r.needed})
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </li>
  );
}
