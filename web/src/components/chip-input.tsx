import { type KeyboardEvent, useId, useState } from 'react';
import { FieldChips } from '../ui/field-chips.tsx';
import { FieldError } from './field.tsx';

/**
 * Free-text values as removable chips: type and press Enter (or Add), or pick one of the
 * suggestions. Duplicates are ignored regardless of case.
 */
export function ChipInput({
  label,
  hint,
  value,
  suggestions,
  max,
  error,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string[];
  suggestions: readonly string[];
  max: number;
  error?: string | undefined;
  onChange: (value: string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const has = (v: string) => value.some((x) => x.toLowerCase() === v.toLowerCase());
  const full = value.length >= max;

  function add(raw: string) {
    const v = raw.trim();
    if (!v || has(v) || full) return;
    onChange([...value, v]);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(text);
    }
  }

  const open = suggestions.filter((s) => !has(s));
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">{label}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <FieldChips
        label={label}
        values={value}
        onRemove={(v) => onChange(value.filter((x) => x !== v))}
      />
      <div className="inline-form">
        <label htmlFor={id} className="visually-hidden">
          Add to {label.toLowerCase()}
        </label>
        <input
          id={id}
          type="text"
          className="field-grow"
          placeholder={full ? 'Maximum reached' : 'Type a name and press Enter'}
          maxLength={60}
          value={text}
          disabled={full}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => add(text)}
          disabled={!text.trim() || full}
        >
          Add
        </button>
      </div>
      {open.length > 0 && !full ? (
        <div className="suggestions">
          <span className="muted">Suggestions:</span>
          {open.map((s) => (
            <button
              key={s}
              type="button"
              className="suggestion"
              aria-label={`Add ${s}`}
              onClick={() => add(s)}
            >
              + {s}
            </button>
          ))}
        </div>
      ) : null}
      <FieldError message={error} />
    </fieldset>
  );
}
