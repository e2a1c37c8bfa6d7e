import { useState } from 'react';
import type { Trajectory } from '../../../../../src/shared/radar.ts';
import { TrajectoryCard } from './trajectory-card.tsx';

const SHOWN = 3;

/** The role trajectories, best first, or a note on how to get some. */
export function TrajectoryList({
  trajectories,
  targetRole,
  knownRoles,
  onPlan,
}: {
  trajectories: Trajectory[];
  targetRole: string | undefined;
  knownRoles: ReadonlySet<string>;
  onPlan: (roleId: string) => void;
}) {
  const [all, setAll] = useState(false);
  if (trajectories.length === 0) {
    return (
      <p className="empty-note">
        No trajectories yet. Add skills to your profile or record a few client requests under Demand
        sources, and the roles they point to appear here.
      </p>
    );
  }
  const shown = all ? trajectories : trajectories.slice(0, SHOWN);
  const hidden = trajectories.length - shown.length;
  return (
    <>
      <ul className="radar-trajectories">
        {shown.map((t) => (
          <TrajectoryCard
            key={t.roleId}
            trajectory={t}
            isTarget={t.roleId === targetRole}
            onPlan={knownRoles.has(t.roleId) ? () => onPlan(t.roleId) : undefined}
          />
        ))}
      </ul>
      {hidden > 0 || all ? (
        <button
          type="button"
          className="button button-ghost button-small radar-more"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? 'Show fewer roles' : `Show ${hidden} more role${hidden === 1 ? '' : 's'}`}
        </button>
      ) : null}
    </>
  );
}
