import { AppError } from '../../errors.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { issuerProfile, OB_CONTEXT, VC_V2_CONTEXT } from './build-credential.ts';
import { listPublicKeys } from './signing-keys.ts';

/** The issuer Profile (OB 3.0) of this instance, served publicly at /api/issuer. */
export async function getIssuerProfile(ctx: Ctx): Promise<Record<string, unknown>> {
  const id = issuerIdentity(ctx.config);
  return { ...issuerProfile(id), '@context': [VC_V2_CONTEXT, OB_CONTEXT] };
}

/** The JWKS of every signing key (active and retired), served at /.well-known/jwks.json. */
export async function getJwks(ctx: Ctx): Promise<{ keys: Record<string, unknown>[] }> {
  return { keys: await listPublicKeys(ctx) };
}

/**
 * The did:web document of the instance (https public URL without a path only), listing
 * every key as a JsonWebKey verification method. Throws `not_found` otherwise.
 */
export async function getDidDocument(ctx: Ctx): Promise<Record<string, unknown>> {
  const id = issuerIdentity(ctx.config);
  if (!id.did) {
    throw new AppError(
      'not_found',
      'did:web is only published when the public URL is https without a path',
    );
  }
  const keys = await listPublicKeys(ctx);
  const methods = keys.map((k) => ({
    id: id.kid(k.kid),
    type: 'JsonWebKey',
    controller: id.did,
    publicKeyJwk: { kty: k.kty, n: k.n, e: k.e, alg: k.alg, kid: k.kid },
  }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
    id: id.did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
    service: [{ id: `${id.did}#issuer`, type: 'LinkedDomains', serviceEndpoint: id.publicUrl }],
  };
}
