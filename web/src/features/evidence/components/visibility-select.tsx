import { useId } from 'react';
import type { Visibility } from '../../../../../src/shared/accounts.ts';
import { VISIBILITY_HELP, VISIBILITY_LABELS } from '../evidence-format.ts';

const VALUES: Visibility[] = ['private', 'circle', 'public'];

/** A compact labelled select for who may see one item. */
export function VisibilitySelect({
  value,
  label,
  disabled = false,
  onChange,
}: {
  value: Visibility;
  /** Accessible name, e.g. "Who can see “Inventory workbook”". */
  label: string;
  disabled?: boolean;
  onChange: (value: Visibility) => void;
}) {
  const id = useId();
  return (
    <span className="ev-visibility">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className={`ev-visibility-select ev-vis-${value}`}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as Visibility)}
      >
        {VALUES.map((v) => (
          <option key={v} value={v}>
            {VISIBILITY_LABELS[v]} ({VISIBILITY_HELP[v]})
          </option>
        ))}
      </select>
    </span>
  );
}
