import { useId } from 'react';
import type { GoalProgress } from '../../../../../src/shared/progress.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import type { BriefRow } from '../api.ts';

/** What a time entry is about, encoded in one select value. */
export interface TimeTargetFields {
  targetKind: 'skill' | 'brief' | 'other';
  targetId?: string;
  skillId?: string;
  pathId?: string;
}

/** Turns a select value ("step|path|skill", "brief|id|skill", "other") into API fields. */
export function decodeTarget(value: string): TimeTargetFields {
  const [kind, a, b] = value.split('|');
  // A path's skill: time on that skill, counted towards that path (not a step: step ids are
  // objectives, and the server refuses time on a step the path does not have).
  if (kind === 'step' && a && b) return { targetKind: 'skill', pathId: a, targetId: b, skillId: b };
  if (kind === 'brief' && a && b) return { targetKind: 'brief', targetId: a, skillId: b };
  return { targetKind: 'other' };
}

/** A labelled select of path steps, practice briefs, or "something else". */
export function TimeTargetField({
  label,
  goals,
  briefs,
  value,
  onChange,
}: {
  label: string;
  goals: GoalProgress[];
  briefs: BriefRow[];
  value: string;
  onChange: (value: string) => void;
}) {
  const nameOf = useSkillNames([
    ...goals.flatMap((g) => g.skills),
    ...briefs.map((b) => b.skillId),
  ]);
  const id = `${useId()}-t`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {goals.map((g) => (
          <optgroup key={g.pathId} label={`Path: ${g.title}`}>
            {g.skills.map((s) => (
              <option key={s} value={`step|${g.pathId}|${s}`}>
                {nameOf(s)}
              </option>
            ))}
          </optgroup>
        ))}
        {briefs.length ? (
          <optgroup label="Practice briefs">
            {briefs.map((b) => (
              <option key={b.id} value={`brief|${b.id}|${b.skillId}`}>
                {b.content?.title ?? `Brief on ${nameOf(b.skillId)}`}
              </option>
            ))}
          </optgroup>
        ) : null}
        <option value="other">Something else</option>
      </select>
    </div>
  );
}
