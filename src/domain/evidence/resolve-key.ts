import type { JWK } from 'jose';
import type { VerifyDeps } from './verify-deps.ts';

/** The public key found for a JWS, where it came from, and whether it belongs to the issuer. */
export interface ResolvedKey {
  jwk: JWK | undefined;
  source: 'header-jwk' | 'issuer-jwks' | 'did-web' | 'supplied-jwks' | 'none';
  message: string;
  /** Set when the key was found but is not the issuer's (another origin or DID). */
  bindingProblems: string[];
}

/** The URL of the DID document of a did:web DID (`did:web:host[:path…]`). */
export function didWebDocumentUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  const [host, ...path] = parts;
  return path.length
    ? `https://${host}/${path.join('/')}/did.json`
    : `https://${host}/.well-known/did.json`;
}

async function fetchJson(url: string, deps: VerifyDeps): Promise<unknown> {
  const r = await deps.fetchText(url);
  if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
  return JSON.parse(r.text);
}

const fragmentOf = (kid: string) => kid.split('#')[1];
const matches = (candidate: unknown, kid: string) =>
  typeof candidate === 'string' &&
  (candidate === kid || candidate === fragmentOf(kid) || candidate === `#${fragmentOf(kid)}`);

function origin(u: string | null): string | undefined {
  try {
    return u && /^https?:/.test(u) ? new URL(u).origin : undefined;
  } catch {
    return undefined;
  }
}

async function fromDid(
  kid: string,
  issuerId: string | null,
  deps: VerifyDeps,
): Promise<ResolvedKey> {
  const did = kid.split('#')[0]!;
  const url = didWebDocumentUrl(did);
  let doc: { verificationMethod?: Array<{ id?: string; publicKeyJwk?: JWK }> };
  try {
    doc = (await fetchJson(url, deps)) as typeof doc;
  } catch (e) {
    return none(
      `The issuer's DID document at ${url} could not be fetched (${(e as Error).message})`,
    );
  }
  const vm = (doc.verificationMethod ?? []).find((m) => matches(m.id, kid) && m.publicKeyJwk);
  if (!vm?.publicKeyJwk) return none(`The DID document of ${did} has no key ${kid}`);
  return {
    jwk: vm.publicKeyJwk,
    source: 'did-web',
    message: `Key ${kid} from the did:web document of ${did}`,
    bindingProblems:
      issuerId === did ? [] : [`the signing key belongs to ${did}, not to the issuer ${issuerId}`],
  };
}

async function fromUrl(
  kid: string,
  issuerId: string | null,
  deps: VerifyDeps,
): Promise<ResolvedKey> {
  const url = kid.split('#')[0]!;
  let doc: { keys?: JWK[] } & JWK;
  try {
    doc = (await fetchJson(url, deps)) as typeof doc;
  } catch (e) {
    return none(`The issuer's keys at ${url} could not be fetched (${(e as Error).message})`);
  }
  const jwk = Array.isArray(doc.keys)
    ? doc.keys.find((k) => matches(k.kid, kid))
    : doc.kty
      ? doc
      : undefined;
  if (!jwk) return none(`The key set at ${url} has no key ${kid}`);
  const sameOrigin = origin(issuerId) !== undefined && origin(issuerId) === origin(url);
  return {
    jwk,
    source: 'issuer-jwks',
    message: `Key ${kid} from the issuer's published key set`,
    bindingProblems: sameOrigin
      ? []
      : [`the signing key is published at ${new URL(url).origin}, not by the issuer ${issuerId}`],
  };
}

const none = (message: string): ResolvedKey => ({
  jwk: undefined,
  source: 'none',
  message,
  bindingProblems: [],
});

/**
 * Finds the public key for a JWS header: the embedded `jwk`, else the `kid` looked up in
 * supplied keys, a did:web document or a JWKS / JWK URL. Never throws.
 */
export async function resolveKey(
  header: { jwk?: JWK; kid?: string },
  issuerId: string | null,
  deps: VerifyDeps,
): Promise<ResolvedKey> {
  if (header.jwk) {
    return {
      jwk: header.jwk,
      source: 'header-jwk',
      message:
        'Signed with the public key embedded in the credential: this proves it is unchanged since signing, not who signed it',
      bindingProblems: [],
    };
  }
  const kid = header.kid;
  if (!kid) {
    if (issuerId?.startsWith('did:web:')) return fromDid(issuerId, issuerId, deps);
    return none('The credential names no key (no kid or jwk in its header)');
  }
  const supplied = deps.jwks?.keys.find((k) => matches(k.kid, kid));
  if (supplied) {
    return {
      jwk: supplied,
      source: 'supplied-jwks',
      message: `Key ${kid} from the supplied key set`,
      bindingProblems: [],
    };
  }
  if (kid.startsWith('did:web:')) return fromDid(kid, issuerId, deps);
  if (/^https?:\/\//.test(kid)) return fromUrl(kid, issuerId, deps);
  return none(`The key ${kid} cannot be looked up: it is neither a URL nor a did:web`);
}
