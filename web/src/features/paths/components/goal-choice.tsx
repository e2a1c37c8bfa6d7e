import { useId } from 'react';
import type { TaxonomyRole } from '../../../../../src/shared/contracts/taxonomy.ts';
import { FieldError } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { FieldChips } from '../../../ui/field-chips.tsx';
import { FieldRoleOptions } from '../../../ui/field-role-options.tsx';

/** The goal being drafted in the new-path form. */
export interface GoalDraft {
  mode: 'role' | 'skills' | 'certification' | 'text';
  roleId: string;
  skillIds: string[];
  certificationId: string;
  text: string;
}

/** A certification the goal can name (from the practice catalog). */
export interface CertificationChoice {
  id: string;
  name: string;
  objectives: { id: string }[];
}

const MODES: { value: GoalDraft['mode']; label: string; help: string }[] = [
  { value: 'role', label: 'A target role', help: 'Cover the core skills of a role.' },
  { value: 'skills', label: 'Specific skills', help: 'Up to 40 skills from the taxonomy.' },
  {
    value: 'certification',
    label: 'A certification',
    help: 'Follow its exam objectives by weight; practice answers move the plan.',
  },
  {
    value: 'text',
    label: 'In my own words',
    help: 'e.g. “Tableau for a client dashboard by Friday”.',
  },
];

/** Chooses how the goal is given, then the role, the skills or the sentence. */
export function GoalChoice({
  roles,
  certifications,
  value,
  error,
  onChange,
}: {
  roles: TaxonomyRole[];
  certifications: CertificationChoice[];
  value: GoalDraft;
  error: string | undefined;
  onChange: (goal: GoalDraft) => void;
}) {
  const id = useId();
  const nameOf = useSkillNames(value.skillIds);
  return (
    <fieldset className="fieldset-plain goal-choice">
      <legend className="field-label">Goal</legend>
      <div className="radio-cards goal-modes">
        {MODES.map((m) => (
          <label key={m.value} className="radio-card">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m.value}
              checked={value.mode === m.value}
              onChange={() => onChange({ ...value, mode: m.value })}
            />
            <span className="radio-title">{m.label}</span>
            <span className="radio-help">{m.help}</span>
          </label>
        ))}
      </div>
      {value.mode === 'role' ? (
        <div className="field">
          <label htmlFor={`${id}-role`} className="field-label">
            Target role
          </label>
          <select
            id={`${id}-role`}
            value={value.roleId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...value, roleId: e.target.value })}
          >
            <option value="">Choose a role…</option>
            <FieldRoleOptions roles={roles} />
          </select>
        </div>
      ) : null}
      {value.mode === 'skills' ? (
        <div>
          <SkillPicker
            exclude={new Set(value.skillIds)}
            disabled={value.skillIds.length >= 40}
            onPick={(s) => onChange({ ...value, skillIds: [...value.skillIds, s.id] })}
          />
          <FieldChips
            label="Skills in the goal"
            values={value.skillIds}
            nameOf={nameOf}
            onRemove={(sid) =>
              onChange({ ...value, skillIds: value.skillIds.filter((s) => s !== sid) })
            }
          />
        </div>
      ) : null}
      {value.mode === 'certification' ? (
        <div className="field">
          <label htmlFor={`${id}-cert`} className="field-label">
            Certification
          </label>
          <select
            id={`${id}-cert`}
            value={value.certificationId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...value, certificationId: e.target.value })}
          >
            <option value="">Choose a certification…</option>
            {certifications.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.objectives.length} exam objectives)
              </option>
            ))}
          </select>
          <p className="field-hint">
            Each step is one exam objective; objectives your practice answers show ready get less
            time and go last.
          </p>
        </div>
      ) : null}
      {value.mode === 'text' ? (
        <div className="field">
          <label htmlFor={`${id}-text`} className="field-label">
            What do you want to learn, and by when?
          </label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={500}
            placeholder="Tableau for a client dashboard by Friday"
            value={value.text}
            onChange={(e) => onChange({ ...value, text: e.target.value })}
          />
          <p className="field-hint">
            Skills and dates are read from the sentence; anything not understood is listed on the
            path.
          </p>
        </div>
      ) : null}
      <FieldError message={error} />
    </fieldset>
  );
}
