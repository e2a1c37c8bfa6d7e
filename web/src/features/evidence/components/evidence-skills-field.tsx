import { FieldError } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';

/** The skills an entry is evidence of: a taxonomy search plus removable chips (1–20). */
export function EvidenceSkillsField({
  value,
  error,
  onChange,
}: {
  value: string[];
  error?: string | undefined;
  onChange: (skills: string[]) => void;
}) {
  const nameOf = useSkillNames(value);
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">Skills this shows (1–20)</legend>
      <SkillPicker
        exclude={new Set(value)}
        disabled={value.length >= 20}
        onPick={(skill) => onChange([...value, skill.id])}
      />
      {value.length ? (
        <ul className="chip-list" aria-label="Chosen skills">
          {value.map((id) => (
            <li key={id} className="chip chip-skill">
              <span className="chip-label">{nameOf(id)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${nameOf(id)}`}
                onClick={() => onChange(value.filter((s) => s !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError message={error} />
    </fieldset>
  );
}
