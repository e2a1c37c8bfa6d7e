import { LEVEL_LABELS, type ProfileSkill } from '../../../../../src/shared/accounts.ts';
import type { TaxonomySkill } from '../../../../../src/shared/contracts/taxonomy.ts';
import { FieldError } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import { errorFor, type FieldErrors } from '../../../forms/field-errors.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { ChipRemove } from '../../../ui/field-chips.tsx';

const MAX_SKILLS = 300;
const LEVELS = [1, 2, 3, 4, 5] as const;

/** The profile's skills as chips with a self-rated level, plus a picker to add more. */
export function ProfileSkills({
  skills,
  errors,
  onChange,
}: {
  skills: ProfileSkill[];
  errors: FieldErrors;
  onChange: (skills: ProfileSkill[]) => void;
}) {
  const nameOf = useSkillNames(skills.map((s) => s.skillId));
  const chosen = new Set(skills.map((s) => s.skillId));

  function add(skill: TaxonomySkill) {
    onChange([...skills, { skillId: skill.id, level: 3 }]);
  }

  return (
    <fieldset className="fieldset">
      <legend>Skills</legend>
      <p className="field-hint">
        Rate yourself honestly: 1 {LEVEL_LABELS[1]}, 2 {LEVEL_LABELS[2]}, 3 {LEVEL_LABELS[3]}, 4{' '}
        {LEVEL_LABELS[4]}, 5 {LEVEL_LABELS[5]}.
      </p>
      <SkillPicker exclude={chosen} onPick={add} disabled={skills.length >= MAX_SKILLS} />
      {skills.length === 0 ? (
        <p className="empty-note">No skills yet. Search above to add the ones you work with.</p>
      ) : (
        <ul className="chip-list" aria-label="Your skills">
          {skills.map((skill, index) => {
            const name = nameOf(skill.skillId);
            const error = errorFor(errors, `skills.${index}`);
            return (
              <li
                key={skill.skillId}
                className={error ? 'chip chip-skill chip-invalid' : 'chip chip-skill'}
                data-skill-id={skill.skillId}
              >
                <span className="chip-label">{name}</span>
                <label className="visually-hidden" htmlFor={`level-${skill.skillId}`}>
                  Level for {name}
                </label>
                <select
                  id={`level-${skill.skillId}`}
                  className="chip-select"
                  value={skill.level}
                  onChange={(e) =>
                    onChange(
                      skills.map((s, i) =>
                        i === index ? { ...s, level: Number(e.target.value) } : s,
                      ),
                    )
                  }
                >
                  {LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {level} · {LEVEL_LABELS[level]}
                    </option>
                  ))}
                </select>
                <ChipRemove
                  label={`Remove ${name}`}
                  onRemove={() => onChange(skills.filter((_, i) => i !== index))}
                />
                <FieldError message={error} />
              </li>
            );
          })}
        </ul>
      )}
      <FieldError message={errors.skills} />
    </fieldset>
  );
}
