import { useMemo } from 'react';
import { FieldError } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import { rememberSkills, useSkillNames } from '../../../hooks/use-skill-names.ts';
import { FieldChips } from '../../../ui/field-chips.tsx';

const MAX = 30;

/** Learning goals as removable skill chips with a taxonomy search to add more. */
export function WantsEditor({
  value,
  error,
  onChange,
}: {
  value: string[];
  error?: string | undefined;
  onChange: (value: string[]) => void;
}) {
  const chosen = useMemo(() => new Set(value), [value]);
  const nameOf = useSkillNames(value);
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">Learning goals</legend>
      <p className="field-hint">
        Skills you want to learn from a peer. Gaps to your target roles are added on their own.
      </p>
      <SkillPicker
        exclude={chosen}
        disabled={value.length >= MAX}
        onPick={(skill) => {
          rememberSkills([skill]);
          onChange([...value, skill.id]);
        }}
      />
      <FieldChips
        label="Your learning goals"
        values={value}
        nameOf={nameOf}
        chipClass="chip chip-skill"
        onRemove={(id) => onChange(value.filter((x) => x !== id))}
      />
      <FieldError message={error} />
    </fieldset>
  );
}
