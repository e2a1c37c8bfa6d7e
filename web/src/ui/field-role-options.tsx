import { DOMAIN_LABELS, type DomainId } from '../../../src/shared/accounts.ts';
import type { TaxonomyRole } from '../../../src/shared/contracts/taxonomy.ts';

/** The `<option>`s of a role select, grouped by domain in the order the roles come. */
export function FieldRoleOptions({ roles }: { roles: readonly TaxonomyRole[] }) {
  const domains = [...new Set(roles.map((r) => r.domain))];
  return domains.map((domain) => (
    <optgroup key={domain} label={DOMAIN_LABELS[domain as DomainId] ?? domain}>
      {roles
        .filter((r) => r.domain === domain)
        .map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
    </optgroup>
  ));
}
