import type { PlanStep } from '../../shared/paths.ts';

/** An objective left out of a plan because the deadline leaves no time for it. */
export interface DeferredStep {
  id: string;
  skillId: string;
  title: string;
  hours: number;
  reason: string;
}

const quarter = (h: number) => Math.floor(h * 4) / 4;

/**
 * Chooses the objectives that fit in `hoursAvailable` when a whole plan does not: the goal's
 * own skills first (what the client or exam at hand needs), then prerequisites, each skill's
 * objectives in learning order (an objective is kept only after the one before it). When the
 * goal's first objective does not fit whole, its first part is kept (as many hours as there
 * are) and the rest deferred. Returns the kept steps in plan order and the deferred ones with why. Pure.
 */
export function fitToDeadline(
  steps: PlanStep[],
  hoursAvailable: number,
  deadline: string,
): { kept: PlanStep[]; deferred: DeferredStep[] } {
  const priority = [
    ...steps.filter((s) => s.reason === 'goal'),
    ...steps.filter((s) => s.reason !== 'goal'),
  ];
  const keep = new Set<string>();
  const deferredBy = new Map<string, string>();
  const lastOfSkill = new Map<string, string>();
  let trimmed: { step: PlanStep; rest: DeferredStep } | null = null;
  let left = hoursAvailable;
  for (const [i, s] of priority.entries()) {
    const before = lastOfSkill.get(s.skillId);
    lastOfSkill.set(s.skillId, s.id);
    const label = s.title ?? s.skillName;
    const fits = quarter(left);
    if (before && !keep.has(before)) {
      const prev = steps.find((x) => x.id === before);
      deferredBy.set(s.id, `It follows "${prev?.title ?? prev?.skillName}", which is deferred.`);
    } else if (s.hours <= left + 1e-9) {
      keep.add(s.id);
      left -= s.hours;
    } else if (i === 0 && fits > 0) {
      // The goal's first objective does not fit whole: start it, and defer the rest of it.
      const rest = s.hours - fits;
      trimmed = {
        step: { ...s, hours: fits },
        rest: {
          id: s.id,
          skillId: s.skillId,
          title: `${label} (the remaining ${rest} h)`,
          hours: rest,
          reason: `Only ${fits} h fit before ${deadline}: the plan starts this objective and leaves the rest for after the deadline.`,
        },
      };
      keep.add(s.id);
      left -= fits;
    } else {
      deferredBy.set(
        s.id,
        `"${label}" needs ${s.hours} h, but only ${fits} h of learning time are left before ${deadline}.`,
      );
    }
  }
  const kept = steps
    .filter((s) => keep.has(s.id))
    .map((s) => (trimmed?.step.id === s.id ? trimmed.step : s));
  const deferred: DeferredStep[] = [
    ...(trimmed ? [trimmed.rest] : []),
    ...steps
      .filter((s) => deferredBy.has(s.id))
      // Keys in sorted order: the plan's canonical JSON then needs no re-sorted copy.
      .map((s) => ({
        hours: s.hours,
        id: s.id,
        reason: deferredBy.get(s.id) ?? '',
        skillId: s.skillId,
        title: s.title ?? s.skillName,
      })),
  ];
  return { kept, deferred };
}
