import type { ColumnMapping as Mapping } from '../../../../../src/shared/radar.ts';
import { Field } from '../../../components/field.tsx';
import { FIELD_LABELS, IMPORT_FIELDS } from '../detect-import.ts';

/**
 * One select per post field, listing the file's columns. Pre-filled with the columns whose
 * names match; text (or at least title) is needed, because skills are read from it.
 */
export function ColumnMapping({
  columns,
  value,
  error,
  onChange,
}: {
  columns: string[];
  value: Mapping;
  error: string | undefined;
  onChange: (m: Mapping) => void;
}) {
  return (
    <fieldset className="fieldset radar-mapping">
      <legend className="field-label">Which column holds what</legend>
      {columns.length === 0 ? (
        <p className="field-hint">
          No columns could be read from the file. Import it anyway and the server will report what
          it could not read.
        </p>
      ) : (
        <div className="radar-mapping-grid">
          {IMPORT_FIELDS.map((f) => (
            <Field
              key={f}
              label={FIELD_LABELS[f].label}
              hint={FIELD_LABELS[f].hint}
              error={f === 'text' ? error : undefined}
            >
              {(p) => (
                <select
                  {...p}
                  value={value[f] ?? ''}
                  onChange={(e) => {
                    const next = { ...value };
                    if (e.target.value) next[f] = e.target.value;
                    else delete next[f];
                    onChange(next);
                  }}
                >
                  <option value="">— not in this file —</option>
                  {columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
      )}
    </fieldset>
  );
}
