import type { Visibility } from '../../../../../src/shared/accounts.ts';
import { FieldError } from '../../../components/field.tsx';

const OPTIONS: { value: Visibility; label: string; help: string }[] = [
  { value: 'private', label: 'Private', help: 'Only you can see your profile.' },
  { value: 'circle', label: 'Circle', help: 'Peers in your circles can see it.' },
  { value: 'public', label: 'Public', help: 'Anyone with your public link can see it.' },
];

/** Radio cards for who may see the profile. */
export function VisibilityChoice({
  value,
  error,
  onChange,
}: {
  value: Visibility;
  error?: string | undefined;
  onChange: (value: Visibility) => void;
}) {
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">Who can see your profile</legend>
      <div className="radio-cards">
        {OPTIONS.map((option) => (
          <label key={option.value} className="radio-card">
            <input
              type="radio"
              name="visibility"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span className="radio-title">{option.label}</span>
              <span className="radio-help">{option.help}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}
