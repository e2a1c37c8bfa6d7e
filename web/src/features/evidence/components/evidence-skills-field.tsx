import { FieldError } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { FieldChips } from '../../../ui/field-chips.tsx';

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
      <FieldChips
        label="Chosen skills"
        values={value}
        nameOf={nameOf}
        chipClass="chip chip-skill"
        onRemove={(id) => onChange(value.filter((s) => s !== id))}
      />
      <FieldError message={error} />
    </fieldset>
  );
}
