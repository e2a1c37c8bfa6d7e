import type { CredentialRow } from '../../store/repos/credentials-repo.ts';
import { issuerIdentity } from '../accounts/index.ts';

/**
 * The ledger entry ids a credential links to (evidence items with an `/evidence/<id>` URL
 * of this instance). Entries embedded without a link are not listed. Pure.
 */
export function linkedEvidenceIds(
  config: Parameters<typeof issuerIdentity>[0],
  row: Pick<CredentialRow, 'credential'>,
): string[] {
  const prefix = issuerIdentity(config).evidenceUrl('');
  const evidence = (row.credential as { evidence?: Array<{ id?: unknown }> }).evidence ?? [];
  return evidence
    .map((e) =>
      typeof e.id === 'string' && e.id.startsWith(prefix) ? e.id.slice(prefix.length) : '',
    )
    .filter(Boolean);
}
