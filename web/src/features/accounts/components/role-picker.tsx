import { useId, useState } from 'react';
import type { TaxonomyRole } from '../../../../../src/shared/contracts/taxonomy.ts';
import { FieldError } from '../../../components/field.tsx';
import { errorFor, type FieldErrors } from '../../../forms/field-errors.ts';
import { ChipRemove } from '../../../ui/field-chips.tsx';
import { FieldRoleOptions } from '../../../ui/field-role-options.tsx';

const MAX_ROLES = 10;

/** Target roles chosen from the taxonomy's roles, at most ten, shown as removable chips. */
export function RolePicker({
  roles,
  value,
  errors,
  onChange,
}: {
  roles: TaxonomyRole[];
  value: string[];
  errors: FieldErrors;
  onChange: (roles: string[]) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const byId = new Map(roles.map((r) => [r.id, r]));
  const full = value.length >= MAX_ROLES;
  const available = roles.filter((r) => !value.includes(r.id));

  function add() {
    if (!choice || full || value.includes(choice)) return;
    onChange([...value, choice]);
    setChoice('');
  }

  return (
    <fieldset className="fieldset">
      <legend>Target roles</legend>
      <p className="field-hint">The work you want more of. Up to {MAX_ROLES}.</p>
      <div className="inline-form">
        <div className="field field-grow">
          <label htmlFor={id} className="field-label">
            Role
          </label>
          <select
            id={id}
            value={choice}
            disabled={full}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{full ? 'Maximum reached' : 'Choose a role…'}</option>
            <FieldRoleOptions roles={available} />
          </select>
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={add}
          disabled={!choice || full}
        >
          Add role
        </button>
      </div>
      {value.length > 0 ? (
        <ul className="chip-list" aria-label="Your target roles">
          {value.map((roleId, index) => {
            const name = byId.get(roleId)?.name ?? roleId;
            const error = errorFor(errors, `targetRoles.${index}`);
            return (
              <li key={roleId} className={error ? 'chip chip-invalid' : 'chip'}>
                <span className="chip-label">{name}</span>
                <ChipRemove
                  label={`Remove ${name}`}
                  onRemove={() => onChange(value.filter((r) => r !== roleId))}
                />
                <FieldError message={error} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <FieldError message={errors.targetRoles} />
    </fieldset>
  );
}
