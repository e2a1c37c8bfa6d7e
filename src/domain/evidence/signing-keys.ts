import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { AppError } from '../../errors.ts';
import { createSecretBox } from '../../secrets/secret-box.ts';
import type { SigningKeyRow } from '../../store/repos/credentials-repo.ts';
import type { Ctx } from '../ctx.ts';
import { canonicalJson } from './canonical-json.ts';

/** The one signature algorithm the instance signs with. */
export const SIGNING_ALG = 'RS256';

/** A public key as published in the JWKS (kid is the short key id here). */
export type PublicJwk = JWK & { kid: string; alg: string; use: string };

const privateKeys = new Map<string, CryptoKey>();

function box(ctx: Ctx) {
  if (!ctx.config.secretKey) {
    throw new AppError('internal_error', 'No instance secret key is configured to seal keys');
  }
  return createSecretBox(ctx.config.secretKey);
}

async function newKeyRow(ctx: Ctx): Promise<SigningKeyRow> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, {
    extractable: true,
    modulusLength: 2048,
  });
  const pub = await exportJWK(publicKey);
  const priv = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(pub, 'sha256');
  return {
    kid,
    alg: SIGNING_ALG,
    public_jwk: { ...pub, kid, alg: SIGNING_ALG, use: 'sig' },
    private_sealed: box(ctx).seal(JSON.stringify(priv), kid),
    status: 'active',
    created_at: ctx.clock.now(),
    retired_at: null,
  };
}

/**
 * The active signing key, made on first use (`knownKid`: its id as the caller just read it in
 * this transaction, which spares the look-up when this process has opened that key) (RSA 2048, the private half sealed with the
 * instance secret key). Throws `internal_error` when the key cannot be opened.
 */
export async function activeSigningKey(
  ctx: Ctx,
  knownKid?: string | null,
): Promise<{ kid: string; key: CryptoKey }> {
  // The caller read the active key's id (with the ledger head): no look-up once it is open.
  const opened = knownKid
    ? privateKeys.get(`${knownKid}:${ctx.config.secretKey ?? ''}`)
    : undefined;
  if (knownKid && opened) return { kid: knownKid, key: opened };
  let row = await ctx.store.credentials.findActiveKey();
  if (!row) {
    await ctx.store.credentials.insertActiveKey(await newKeyRow(ctx));
    row = await ctx.store.credentials.findActiveKey();
    if (!row) throw new AppError('internal_error', 'No signing key could be created');
  }
  return { kid: row.kid, key: await openPrivateKey(ctx, row) };
}

async function openPrivateKey(ctx: Ctx, row: SigningKeyRow): Promise<CryptoKey> {
  const cacheKey = `${row.kid}:${ctx.config.secretKey ?? ''}`;
  const cached = privateKeys.get(cacheKey);
  if (cached) return cached;
  const jwk = JSON.parse(box(ctx).open(row.private_sealed, row.kid)) as JWK;
  const key = (await importJWK(jwk, SIGNING_ALG)) as CryptoKey;
  privateKeys.set(cacheKey, key);
  return key;
}

/**
 * Makes a new active key and retires the old one, which stays published so that everything
 * it signed still verifies. Returns the new and the retired key ids.
 */
export async function rotateSigningKey(
  ctx: Ctx,
): Promise<{ kid: string; retired: string | undefined }> {
  const row = await newKeyRow(ctx);
  return ctx.store.transaction(async (tx) => {
    const old = await tx.credentials.findActiveKey();
    await tx.credentials.retireActiveKey(ctx.clock.now());
    if (!(await tx.credentials.insertActiveKey(row))) {
      throw new AppError('conflict', 'Another process rotated the key at the same time; retry');
    }
    ctx.log.info('signing key rotated', { kid: row.kid, retired: old?.kid });
    return { kid: row.kid, retired: old?.kid };
  });
}

/** Every public key, active first, then retired ones (still valid for verification). */
export async function listPublicKeys(ctx: Ctx): Promise<PublicJwk[]> {
  await activeSigningKey(ctx);
  const rows = await ctx.store.credentials.listKeys();
  rows.sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1));
  return rows.map((r) => r.public_jwk as PublicJwk);
}

/**
 * Signs `payload` (a JSON object, serialised as-is) with the active key as a compact JWS.
 * `headerKid` defaults to the short key id; credentials pass the resolvable kid.
 */
export async function signPayload(
  ctx: Ctx,
  payload: string,
  opts: { typ: string; headerKid?: (keyId: string) => string; activeKid?: string | null },
): Promise<{ jws: string; kid: string }> {
  const { kid, key } = await activeSigningKey(ctx, opts.activeKid);
  const jws = await new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: SIGNING_ALG, kid: opts.headerKid?.(kid) ?? kid, typ: opts.typ })
    .sign(key);
  return { jws, kid };
}

/** Signs an internal record (checkpoint, tombstone) over its canonical JSON. */
export function signRecord(
  ctx: Ctx,
  record: Record<string, unknown>,
  typ: string,
  activeKid?: string | null,
): Promise<{ jws: string; kid: string }> {
  return signPayload(ctx, canonicalJson(record), { typ, activeKid });
}

/** Imported public keys by their JWK (content-addressed, so never stale). */
const publicKeys = new Map<string, CryptoKey | Uint8Array>();
const PUBLIC_KEYS_MAX = 1000;

async function publicKey(jwk: JWK): Promise<CryptoKey | Uint8Array> {
  const id = canonicalJson(jwk as Record<string, unknown>);
  const cached = publicKeys.get(id);
  if (cached) return cached;
  const key = await importJWK(jwk, SIGNING_ALG);
  if (publicKeys.size >= PUBLIC_KEYS_MAX) publicKeys.clear();
  publicKeys.set(id, key);
  return key;
}

/**
 * Checks an internal JWS against this instance's keys (active and retired), and against
 * `extraKeys` (another instance's published JWKS the person supplied). `ownKeys`: this
 * instance's keys as the caller already read them (e.g. the one a checkpoint names, read with
 * the ledger head), instead of listing them. Returns the payload, which key verified it and
 * whose it is, or the reason it is not acceptable.
 */
export async function verifyRecord(
  ctx: Ctx,
  jws: string,
  extraKeys: JWK[] = [],
  ownKeys?: JWK[],
): Promise<
  | { ok: true; payload: Record<string, unknown>; kid: string; own: boolean }
  | { ok: false; reason: string }
> {
  const own = (
    ownKeys?.map((k) => ({ kid: k.kid ?? '', public_jwk: k })) ??
    (await ctx.store.credentials.listKeys()).map((k) => ({
      kid: k.kid,
      public_jwk: k.public_jwk as JWK,
    }))
  ).map((k) => ({ ...k, own: true }));
  const keys = [
    ...own,
    ...extraKeys
      .filter((k) => typeof k.kid === 'string')
      .map((k) => ({ kid: k.kid!, public_jwk: k, own: false })),
  ];
  let kid: string | undefined;
  try {
    const header = JSON.parse(Buffer.from(jws.split('.')[0] ?? '', 'base64url').toString('utf8'));
    kid = typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return { ok: false, reason: 'the signature is not a readable JWS' };
  }
  const row = keys.find((k) => k.kid === kid);
  if (!row) return { ok: false, reason: `signed by a key this instance does not know (${kid})` };
  try {
    const pub = await publicKey(row.public_jwk);
    const { payload } = await compactVerify(jws, pub, { algorithms: [SIGNING_ALG] });
    return {
      ok: true,
      payload: JSON.parse(new TextDecoder().decode(payload)),
      kid: row.kid,
      own: row.own,
    };
  } catch {
    return { ok: false, reason: 'the signature does not verify' };
  }
}
