import { useId } from 'react';
import { FieldVisibility, type PeerField } from '../../../../../src/shared/peers.ts';
import { FIELD_LABELS, VISIBILITY_LABELS } from '../peers-format.ts';

/** "Who sees <field>": only me, my circles, or everyone signed in. */
export function FieldVisibilitySelect({
  field,
  value,
  onChange,
}: {
  field: PeerField;
  value: FieldVisibility;
  onChange: (value: FieldVisibility) => void;
}) {
  const id = useId();
  return (
    <div className="pr-vis-row">
      <label htmlFor={id}>
        <span className="visually-hidden">Who sees </span>
        {FIELD_LABELS[field]}
      </label>
      <select
        id={id}
        className={`pr-vis-select pr-vis-${value}`}
        value={value}
        onChange={(e) => onChange(FieldVisibility.parse(e.target.value))}
      >
        {FieldVisibility.options.map((v) => (
          <option key={v} value={v}>
            {VISIBILITY_LABELS[v]}
          </option>
        ))}
      </select>
    </div>
  );
}
