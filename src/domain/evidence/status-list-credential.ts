import { AppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { VC_V2_CONTEXT } from './build-credential.ts';
import { issuerIdentity } from './issuer-identity.ts';
import { signPayload } from './signing-keys.ts';
import {
  emptyStatusBits,
  encodeStatusList,
  STATUS_LIST_BITS,
  setStatusBit,
} from './status-list.ts';

/** Takes a fresh revocation status index, making a new list when every list is full. */
export async function allocateStatusIndex(ctx: Ctx): Promise<{ listId: number; index: number }> {
  const now = ctx.clock.now();
  const got = await ctx.store.credentials.allocateStatusIndex(now);
  if (got) return got;
  await ctx.store.credentials.createStatusList(STATUS_LIST_BITS, emptyStatusBits(), now);
  const again = await ctx.store.credentials.allocateStatusIndex(now);
  if (!again) throw new AppError('internal_error', 'No status list index could be allocated');
  return again;
}

/**
 * Sets the revocation bit of one index (idempotent). Call inside a transaction. Returns false
 * when the list is not this instance's (a credential imported from elsewhere).
 */
export async function setRevokedBit(ctx: Ctx, listId: number, index: number): Promise<boolean> {
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
