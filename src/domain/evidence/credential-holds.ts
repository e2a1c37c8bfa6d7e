import type { CredentialRow } from '../../store/repos/credentials-repo.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { localAnswer } from './local-documents.ts';
import { verifyCredentialJwt } from './verify-credential-jwt.ts';

/** The credential inside a VC-JWT's payload, or undefined when it cannot be read. */
export function payloadCredential(jwt: string): Record<string, unknown> | undefined {
  try {
    const p = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return (p && typeof p.vc === 'object' ? p.vc : p) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * What a stored credential row's VC-JWT says that differs from the row, or undefined when it
 * holds: issued by this instance (its issuer id, signed with its key), with this row's URL as
 * its id and the row's skill and level as its achievement; with `userId`, also for that
 * person (subject) and valid now (claims, dates, not revoked). A row that arrived by import
 * holds whatever the file said: only a row that holds may be shown as verified. Checked
 * against this instance's own documents only (no network). Never throws.
 */
export async function credentialProblem(
  ctx: Ctx,
  row: Pick<CredentialRow, 'id' | 'jwt' | 'skill_id' | 'level'>,
  userId?: string,
): Promise<string | undefined> {
  const id = issuerIdentity(ctx.config);
  const vc = typeof row.jwt === 'string' ? payloadCredential(row.jwt) : undefined;
  if (!vc) return 'its VC-JWT cannot be read';
  const issuer = typeof vc.issuer === 'string' ? vc.issuer : (vc.issuer as { id?: unknown })?.id;
  if (issuer !== id.issuerId)
    return `it was not issued by this instance (issuer ${String(issuer)})`;
  if (vc.id !== id.credentialUrl(row.id)) {
    return `it names itself ${String(vc.id)}, not ${id.credentialUrl(row.id)}`;
  }
  const subject = vc.credentialSubject as
    | { id?: unknown; achievement?: { id?: unknown } }
    | undefined;
  if (subject?.achievement?.id !== id.achievementId(row.skill_id, row.level)) {
    return `it is for another achievement (${String(subject?.achievement?.id)})`;
  }
  const report = await verifyCredentialJwt(row.jwt, {
    now: ctx.clock.now(),
    // This instance's own documents only: no network from a portfolio page.
    fetchText: async (url) => (await localAnswer(ctx, url)) ?? { status: 404, text: '' },
  });
  if (!report.signature.valid) return `its signature does not hold: ${report.signature.message}`;
  if (userId === undefined) return undefined;
  if (subject?.id !== `urn:uuid:${userId}`) return 'it was issued to someone else';
  if (!report.valid) {
    return [...report.claims.problems, report.validity.message, report.status.message].join('; ');
  }
  return undefined;
}
