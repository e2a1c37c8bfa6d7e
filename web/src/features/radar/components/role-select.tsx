import type { TaxonomyRole } from '../../../../../src/shared/contracts/taxonomy.ts';
import { Field } from '../../../components/field.tsx';
import { domainLabel } from '../radar-format.ts';

/** Picks the target role the gap and learn-next lists are computed for, grouped by domain. */
export function RoleSelect({
  roles,
  value,
  profileTarget,
  onChange,
}: {
  roles: TaxonomyRole[];
  value: string;
  profileTarget: string | undefined;
  onChange: (roleId: string) => void;
}) {
  const byDomain = new Map<string, TaxonomyRole[]>();
  for (const r of roles) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r]);
  return (
    <Field
      label="Target role"
      hint={
        profileTarget
          ? 'Starts at the target in your profile; changing it here does not change your profile.'
          : 'Your profile has no target role, so the best trajectory is used until you pick one.'
      }
    >
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {value === '' ? <option value="">Best match for you</option> : null}
          {[...byDomain].map(([domain, list]) => (
            <optgroup key={domain} label={domainLabel(domain)}>
              {list.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                  {r.id === profileTarget ? ' (your target)' : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
