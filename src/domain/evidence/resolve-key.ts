import type { JWK } from 'jose';
import type { VerifyDeps } from './verify-deps.ts';

/** The public key found for a JWS, where it came from, and whether it belongs to the issuer. */
export interface ResolvedKey {
  jwk: JWK | undefined;
  source: 'header-jwk' | 'header-x5c' | 'issuer-jwks' | 'did-web' | 'supplied-jwks' | 'none';
  message: string;
  /**
   * Why the key does not bind the credential to its issuer (it travels in the credential's
   * own header, or is published by another origin or DID). Empty when it does.
   */
  bindingProblems: string[];
}

/** A did:web host (a port comes percent-encoded: `example.com%3A8443`). */
const DID_HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;
/** A did:web path segment: plain URL path characters, never `/`, `?`, `#` or `%`. */
const DID_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The URL of the DID document of a did:web DID (`did:web:host[:path…]`), or undefined when the
 * DID is not a well-formed did:web: a segment that decodes to `/`, `?` or `#` would move the
 * document to another path or into a query string (a file someone uploaded there).
 */
export function didWebDocumentUrl(did: string): string | undefined {
  let parts: string[];
  try {
    parts = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const [host, ...path] = parts;
  if (!host || !DID_HOST.test(host) || !path.every((p) => DID_SEGMENT.test(p))) return undefined;
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
  if (!url) return none(`${did} is not a well-formed did:web identifier`);
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
  return {
    jwk,
    source: 'issuer-jwks',
    message: `Key ${kid} from the issuer's published key set`,
    bindingProblems: publishedByIssuer(url, issuerId)
      ? []
      : [
          `the signing key is published at ${url}, which is not the issuer's identifier (${issuerId ?? 'none'})`,
        ],
  };
}

/**
 * A key URL belongs to an http(s) issuer when it is on the issuer's origin and is a
 * `.well-known/jwks.json` at or above the issuer id's path. Any other path on that origin
 * (even one under the issuer id) may be a file someone uploaded there, so it never is.
 */
function publishedByIssuer(url: string, issuerId: string | null): boolean {
  const o = origin(issuerId);
  if (!o || o !== origin(url)) return false;
  const path = new URL(url).pathname;
  const issuerPath = new URL(issuerId!).pathname.replace(/\/+$/, '');
  const WELL_KNOWN = '/.well-known/jwks.json';
  if (path.endsWith(WELL_KNOWN)) {
    const base = path.slice(0, -WELL_KNOWN.length);
    if (base === '' || issuerPath === base || issuerPath.startsWith(`${base}/`)) return true;
  }
  return false;
}

const none = (message: string): ResolvedKey => ({
  jwk: undefined,
  source: 'none',
  message,
  bindingProblems: [],
});

const HEADER_KEY =
  'a key that travels inside the credential proves only that it is unchanged since signing, not who signed it; the key must come from the issuer (its JWKS or did:web document)';

/**
 * Finds the issuer's public key for a JWS header: the `kid` looked up in supplied keys, a
 * did:web document or a JWKS / JWK URL (or the issuer's own did:web when there is no kid).
 * A key carried in the header itself (`jwk`, `x5c`) is never trusted: it is returned with a
 * binding problem so the verifier can say the credential is intact but not authentic.
 * Never throws.
 */
export async function resolveKey(
  header: { jwk?: JWK; kid?: string; x5c?: string[] },
  issuerId: string | null,
  deps: VerifyDeps,
): Promise<ResolvedKey> {
  const kid = header.kid;
  if (!kid) {
    if (issuerId?.startsWith('did:web:')) return fromDid(issuerId, issuerId, deps);
    if (header.jwk) {
      return {
        jwk: header.jwk,
        source: 'header-jwk',
        message: `The credential carries its own public key (jwk in its header): ${HEADER_KEY}`,
        bindingProblems: [`the signing key is embedded in the credential header: ${HEADER_KEY}`],
      };
    }
    if (header.x5c) {
      return {
        ...none(`The credential carries its own certificate chain (x5c): ${HEADER_KEY}`),
        source: 'header-x5c',
      };
    }
    return none('The credential names no key (no kid in its header)');
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
