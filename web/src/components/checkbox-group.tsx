import { FieldError } from './field.tsx';

/** A fieldset of labelled checkboxes over a fixed list of options. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  error,
  onChange,
  columns = 2,
}: {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T[];
  error?: string | undefined;
  onChange: (value: T[]) => void;
  columns?: 1 | 2 | 4;
}) {
  function toggle(option: T, checked: boolean) {
    const next = checked ? [...value, option] : value.filter((v) => v !== option);
    // Keep the options' own order so saving does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className={`check-grid check-grid-${columns}`}>
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}
