import type { Velocity } from '../../../../../src/shared/progress.ts';
import { ProgressTrendChart as TrendChart } from '../../../components/lazy-charts.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';

/** Days from starting a skill to first evidence of using it, against your median and others. */
export function VelocityPanel({ velocity }: { velocity: Velocity }) {
  const nameOf = useSkillNames(velocity.skills.map((s) => s.skillId));
  const others = new Map(velocity.others.map((o) => [o.skillId, o]));
  const measured = velocity.skills.filter((s) => s.days !== null);
  return (
    <>
      <p>
        {velocity.ownMedianDays === null
          ? 'No skill has reached first evidence of use yet.'
          : `Your median: ${velocity.ownMedianDays} days from starting a skill to first evidence of applying it.`}
      </p>
      <TrendChart
        title="Days to first evidence"
        unit="days"
        xLabel="Skill"
        points={measured.map((s) => ({ x: nameOf(s.skillId), y: s.days ?? 0 }))}
        empty="No measured skills yet."
      />
      <ul className="velocity-list">
        {velocity.skills.map((s) => {
          const o = others.get(s.skillId);
          return (
            <li key={s.skillId}>
              <strong>{nameOf(s.skillId)}</strong>:{' '}
              {s.days === null ? 'started, no evidence of use yet' : `${s.days} days`}
              {o ? (
                <span className="muted">
                  {' '}
                  · others: median {o.medianDays} days ({o.people} people)
                </span>
              ) : (
                <span className="muted">
                  {' '}
                  · no comparison (shown once at least {velocity.k} people learned it)
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
