import { AppError } from '../../errors.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { VC_V2_CONTEXT } from './build-credential.ts';
import { signPayload } from './signing-keys.ts';
import {
  emptyStatusBits,
  encodeStatusList,
  STATUS_LIST_BITS,
  setStatusBit,
} from './status-list.ts';

/** A random index below `size`, from the context's id source (deterministic in tests). */
function randomIndex(ctx: Ctx, size: number): number {
  return Buffer.from(ctx.ids.token(6), 'base64url').readUIntBE(0, 6) % size;
}

/**
 * Takes a free revocation slot for `credentialId` of `userId` at a random index of a list
 * (herd privacy: neighbouring indexes say nothing about issue order), recording who owns it.
 * Makes a new list when the open ones are half full. Throws `internal_error` when no slot
 * could be taken.
 */
export async function allocateStatusIndex(
  ctx: Ctx,
  owner: { credentialId: string; userId: string },
): Promise<{ listId: number; index: number }> {
  const now = ctx.clock.now();
  for (let attempt = 0; attempt < 32; attempt++) {
    let list = await ctx.store.credentials.findOpenStatusList();
    if (!list) {
      const id = await ctx.store.credentials.createStatusList(
        STATUS_LIST_BITS,
        emptyStatusBits(),
        now,
      );
      list = await ctx.store.credentials.findStatusList(id);
      if (!list) break;
    }
    const index = randomIndex(ctx, list.size);
    const taken = await ctx.store.credentials.claimStatusSlot({
      list_id: list.id,
      idx: index,
      credential_id: owner.credentialId,
      user_id: owner.userId,
      created_at: now,
    });
    if (taken) return { listId: list.id, index };
  }
  throw new AppError('internal_error', 'No status list index could be allocated');
}

/**
 * Sets the revocation bit of a credential's slot (idempotent), only when the slot is owned
 * by this credential of this person. Call inside a transaction. Returns false otherwise
 * (a credential imported from elsewhere, or a slot that is not theirs): nothing is written.
 */
export async function setRevokedBit(
  ctx: Ctx,
  owner: { credentialId: string; userId: string },
  listId: number,
  index: number,
): Promise<boolean> {
  const slot = await ctx.store.credentials.findStatusSlot(listId, index);
  if (slot?.credential_id !== owner.credentialId || slot.user_id !== owner.userId) return false;
  const list = await ctx.store.credentials.findStatusListForUpdate(listId);
  if (!list || index < 0 || index >= list.size) return false;
  await ctx.store.credentials.updateStatusListBits(
    listId,
    setStatusBit(list.bits, index),
    ctx.clock.now(),
  );
  return true;
}

/**
 * The signed BitstringStatusListCredential (VC-JWT) of list `listId`, as served publicly
 * at its status list URL. Throws `not_found` for an unknown list.
 */
export async function statusListCredential(ctx: Ctx, listId: number): Promise<string> {
  const list = await ctx.store.credentials.findStatusList(listId);
  if (!list) throw new AppError('not_found', 'Status list not found');
  const id = issuerIdentity(ctx.config);
  const url = id.statusListUrl(listId);
  const validFrom = new Date(list.updated_at);
  validFrom.setMilliseconds(0);
  const credential = {
    '@context': [VC_V2_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: id.issuerId,
    validFrom: validFrom.toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.purpose,
      encodedList: encodeStatusList(list.bits),
    },
  };
  const payload = {
    ...credential,
    iss: id.issuerId,
    jti: url,
    sub: `${url}#list`,
    nbf: Math.floor(validFrom.getTime() / 1000),
  };
  const { jws } = await signPayload(ctx, JSON.stringify(payload), {
    typ: 'vc+jwt',
    headerKid: id.kid,
  });
  return jws;
}
