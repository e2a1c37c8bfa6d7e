import { AppError } from '../../errors.ts';
import type { Visibility } from '../../shared/accounts.ts';
import type { CredentialInfo, CredentialLevel } from '../../shared/evidence.ts';
import type { CredentialRow } from '../../store/repos/credentials-repo.ts';
import { type IssuerIdentity, issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { linkedEvidenceIds } from './linked-evidence.ts';
import { getStatusBit } from './status-list.ts';

/** A credential row as listed; `revokedBit` is the live state of its status list bit. */
export function presentCredential(
  id: IssuerIdentity,
  row: CredentialRow,
  revokedBit: boolean,
): CredentialInfo {
  return {
    id: row.id,
    skillId: row.skill_id,
    skillName: getTaxonomy().skillById.get(row.skill_id)?.name ?? row.skill_id,
    level: row.level as CredentialLevel,
    issuedAt: new Date(row.issued_at).toISOString(),
    revoked: revokedBit || row.revoked_at !== null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    visibility: row.visibility,
    verifyUrl: id.verifyUrl(row.id),
    evidenceIds: (row.evidence_ids as string[]) ?? [],
    jwt: row.jwt,
    selfReported:
      ((row.credential as { name?: unknown }).name as string | undefined)?.endsWith(
        '(self-reported)',
      ) ?? false,
  };
}

async function revokedBits(ctx: Ctx, rows: CredentialRow[]): Promise<Map<string, boolean>> {
  const lists = new Map<number, Uint8Array | undefined>();
  const out = new Map<string, boolean>();
  for (const r of rows) {
    if (!lists.has(r.status_list_id)) {
      const list = await ctx.store.credentials.findStatusList(r.status_list_id);
      lists.set(
        r.status_list_id,
        list ? new Uint8Array(Buffer.from(list.bits, 'base64')) : undefined,
      );
    }
    const bytes = lists.get(r.status_list_id);
    // Only a slot this credential holds here says anything about it (not one imported from elsewhere).
    const slot =
      bytes && (await ctx.store.credentials.findStatusSlot(r.status_list_id, r.status_index));
    out.set(
      r.id,
      slot && slot.credential_id === r.id ? getStatusBit(bytes, r.status_index) : false,
    );
  }
  return out;
}

/** The user's credentials, newest first, with their live revocation state. */
export async function listCredentials(ctx: Ctx, userId: string): Promise<CredentialInfo[]> {
  const rows = await ctx.store.credentials.listCredentials(userId);
  const bits = await revokedBits(ctx, rows);
  const id = issuerIdentity(ctx.config);
  return rows.map((r) => presentCredential(id, r, bits.get(r.id) ?? false));
}

/** A credential as files: the VC-JWT and the credential JSON. Throws `not_found`. */
export async function getCredentialFiles(
  ctx: Ctx,
  userId: string,
  credentialId: string,
): Promise<{ jwt: string; json: Record<string, unknown>; fileBase: string }> {
  const row = await ctx.store.credentials.findCredential(userId, credentialId);
  if (!row) throw new AppError('not_found', 'Credential not found');
  return {
    jwt: row.jwt,
    json: row.credential as Record<string, unknown>,
    fileBase: `skilltrace-${row.skill_id}-${row.level}-${row.id.slice(0, 8)}`,
  };
}

/**
 * The VC-JWT of a public credential, for anyone holding its link (verification page,
 * `?url=`). Throws `not_found` for unknown or non-public credentials.
 */
export async function getPublicCredentialJwt(ctx: Ctx, credentialId: string): Promise<string> {
  if ((await withdrawnCredential(ctx, credentialId)) === 'holder_deleted')
    throw new AppError('gone', CREDENTIAL_WITHDRAWN);
  const row = await ctx.store.credentials.findCredentialById(credentialId);
  if (row?.visibility !== 'public') throw new AppError('not_found', 'Credential not found');
  return row.jwt;
}

/** What a link to a credential whose holder's account was deleted answers. */
export const CREDENTIAL_WITHDRAWN =
  "This credential was revoked: its holder's account on this instance was deleted. It no longer vouches for anything.";

/**
 * Why a credential this instance issued can no longer be fetched, when that is known: it was
 * public when its holder's account was deleted (the slot it held stays, with no owner, marked
 * `withdrawn_public`) and its revocation bit is set, as `deleteAccount` leaves it. Decided by
 * the slot alone: a row someone imports later changes nothing. Undefined for an id this
 * instance never issued, one still held, or one that was never public.
 */
export async function withdrawnCredential(
  ctx: Ctx,
  credentialId: string,
): Promise<'holder_deleted' | undefined> {
  const slot = await ctx.store.credentials.findStatusSlotOf(credentialId);
  if (!slot || slot.user_id !== null || !slot.withdrawn_public) return undefined;
  const list = await ctx.store.credentials.findStatusList(slot.list_id);
  if (!list) return undefined;
  const revoked = getStatusBit(new Uint8Array(Buffer.from(list.bits, 'base64')), slot.idx);
  return revoked ? 'holder_deleted' : undefined;
}

/**
 * Changes who may see a credential (public ones show on the portfolio). Throws `not_found`,
 * and `conflict` when making public a credential that links to entries that are not public
 * (every link in a public credential must open for a visitor).
 */
export async function setCredentialVisibility(
  ctx: Ctx,
  userId: string,
  credentialId: string,
  visibility: Visibility | undefined,
): Promise<CredentialInfo> {
  if (visibility === 'public') {
    const row = await ctx.store.credentials.findCredential(userId, credentialId);
    const linked = row ? linkedEvidenceIds(ctx.config, row) : [];
    const hidden = (await ctx.store.evidence.listEntries(userId)).filter(
      (e) => linked.includes(e.id) && (e.visibility !== 'public' || e.deleted_at),
    );
    if (hidden.length) {
      throw new AppError(
        'conflict',
        `This credential links to entries that are not public (${hidden.map((e) => `#${e.seq} ${e.title}`).join('; ')}); make them public first`,
        { details: { entryIds: hidden.map((e) => e.id) } },
      );
    }
  }
  const ok = visibility
    ? await ctx.store.credentials.setCredentialVisibility(userId, credentialId, visibility)
    : Boolean(await ctx.store.credentials.findCredential(userId, credentialId));
  if (!ok) {
    throw new AppError('not_found', 'Credential not found');
  }
  const found = (await listCredentials(ctx, userId)).find((c) => c.id === credentialId);
  if (!found) throw new AppError('not_found', 'Credential not found');
  return found;
}
