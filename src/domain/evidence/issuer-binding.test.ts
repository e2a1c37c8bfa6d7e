import { CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type VerifyDeps, verifyCredentialJwt } from './verify-credential-jwt.ts';

// Credentials forged here, in the test: a key of our own, claims of any issuer we like.
let priv: CryptoKey;
let pub: JWK;
beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  priv = pair.privateKey as CryptoKey;
  pub = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
});

function credential(issuer: string) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:8b1e1c5e-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, name: 'Microsoft' },
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { id: 'urn:uuid:subject', achievement: { name: 'Tableau' } },
  };
}

async function forge(header: Record<string, unknown>, issuer: string): Promise<string> {
  const vc = credential(issuer);
  const payload = { iss: issuer, jti: vc.id, sub: vc.credentialSubject.id, vc };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'RS256', typ: 'vc+jwt', ...header })
    .sign(priv);
}

function serving(docs: Record<string, unknown>): VerifyDeps & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    now: new Date('2026-03-02T09:00:00Z'),
    fetchText: async (url) => {
      fetched.push(url);
      const doc = docs[url.split('#')[0]!];
      return doc ? { status: 200, text: JSON.stringify(doc) } : { status: 404, text: '' };
    },
  };
}

describe('issuer binding', () => {
  it('refuses a credential signed with the jwk carried in its own header', async () => {
    const jwt = await forge({ jwk: pub }, 'https://microsoft.example/issuer');
    const r = await verifyCredentialJwt(jwt, serving({}));
    expect(r.valid).toBe(false);
    expect(r.signature).toMatchObject({ valid: false, keySource: 'header-jwk' });
    expect(r.signature.message).toMatch(/embedded in the credential header|own public key/);
    expect(r.credential.issuer.name).toBe('Microsoft');
  });

  it('refuses a certificate chain (x5c) in the header as the only key', async () => {
    const jwt = await forge({ x5c: ['MIIB'] }, 'https://microsoft.example/issuer');
    const r = await verifyCredentialJwt(jwt, serving({}));
    expect(r).toMatchObject({ valid: false, signature: { keySource: 'header-x5c' } });
  });

  it('ignores a header jwk when a kid names the issuer key, and verifies with the published one', async () => {
    const issuer = 'https://issuer.example/api/issuer';
    const jwks = { keys: [pub] };
    const jwt = await forge(
      {
        kid: 'https://issuer.example/.well-known/jwks.json#k1',
        jwk: { kty: 'RSA', n: 'x', e: 'AQAB' },
      },
      issuer,
    );
    const r = await verifyCredentialJwt(
      jwt,
      serving({ 'https://issuer.example/.well-known/jwks.json': jwks }),
    );
    expect(r.signature).toMatchObject({ valid: true, keySource: 'issuer-jwks' });
    expect(r.valid).toBe(true);
  });

  it('refuses a key fetched from a URL that is not the issuer identifier', async () => {
    const evil = 'https://evil.example/.well-known/jwks.json';
    const jwt = await forge({ kid: `${evil}#k1` }, 'https://issuer.example/api/issuer');
    const deps = serving({ [evil]: { keys: [pub] } });
    const r = await verifyCredentialJwt(jwt, deps);
    expect(deps.fetched).toContain(evil);
    expect(r.valid).toBe(false);
    expect(r.signature).toMatchObject({ valid: false, keySource: 'issuer-jwks' });
    expect(r.signature.message).toMatch(/not the issuer's identifier/);
  });

  it('refuses a key under another path of the same host than the issuer', async () => {
    const other = 'https://host.example/someone-else/keys.json';
    const jwt = await forge({ kid: `${other}#k1` }, 'https://host.example/alice/issuer');
    const r = await verifyCredentialJwt(jwt, serving({ [other]: { keys: [pub] } }));
    expect(r.valid).toBe(false);
    expect(r.signature.message).toMatch(/not the issuer's identifier/);
  });

  it('refuses a did:web key of another DID than the issuer', async () => {
    const jwt = await forge({ kid: 'did:web:evil.example#k1' }, 'did:web:issuer.example');
    const doc = {
      id: 'did:web:evil.example',
      verificationMethod: [{ id: 'did:web:evil.example#k1', publicKeyJwk: pub }],
    };
    const r = await verifyCredentialJwt(
      jwt,
      serving({ 'https://evil.example/.well-known/did.json': doc }),
    );
    expect(r.valid).toBe(false);
    expect(r.signature).toMatchObject({ valid: false, keySource: 'did-web' });
    expect(r.signature.message).toMatch(/belongs to did:web:evil.example/);
  });

  it('accepts the did:web key of the issuer itself', async () => {
    const jwt = await forge({ kid: 'did:web:issuer.example#k1' }, 'did:web:issuer.example');
    const doc = {
      id: 'did:web:issuer.example',
      verificationMethod: [{ id: 'did:web:issuer.example#k1', publicKeyJwk: pub }],
    };
    const r = await verifyCredentialJwt(
      jwt,
      serving({ 'https://issuer.example/.well-known/did.json': doc }),
    );
    expect(r).toMatchObject({ valid: true, signature: { valid: true, keySource: 'did-web' } });
  });

  it('refuses a key at a path under the issuer id (a file someone uploaded to that host)', async () => {
    const issuer = 'https://host.example/evidence/e1';
    const upload = 'https://host.example/evidence/e1/files/a1';
    const jwt = await forge({ kid: `${upload}#k1` }, issuer);
    const r = await verifyCredentialJwt(jwt, serving({ [upload]: { keys: [pub] } }));
    expect(r.valid).toBe(false);
    expect(r.signature.message).toMatch(/not the issuer's identifier/);
  });

  it('refuses a did:web whose path smuggles a query string or another path', async () => {
    for (const did of ['did:web:host.example:evidence:e1%3Fx', 'did:web:host.example:a%2Fb']) {
      const jwt = await forge({ kid: `${did}#k1` }, did);
      const deps = serving({});
      const r = await verifyCredentialJwt(jwt, deps);
      expect(r.valid).toBe(false);
      expect(r.signature.message).toMatch(/not a well-formed did:web/);
      expect(deps.fetched).toEqual([]);
    }
  });

  it('does not call a status list (or any non-badge credential) a valid Open Badge', async () => {
    const issuer = 'https://issuer.example/api/issuer';
    const list = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://issuer.example/status-lists/1',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: { id: 'https://issuer.example/status-lists/1#list' },
    };
    const jwt = await new CompactSign(
      new TextEncoder().encode(JSON.stringify({ iss: issuer, jti: list.id, vc: list })),
    )
      .setProtectedHeader({ alg: 'RS256', kid: 'https://issuer.example/.well-known/jwks.json#k1' })
      .sign(priv);
    const r = await verifyCredentialJwt(
      jwt,
      serving({ 'https://issuer.example/.well-known/jwks.json': { keys: [pub] } }),
    );
    expect(r.signature.valid).toBe(true);
    expect(r.valid).toBe(false);
    expect(r.claims.problems.join(' ')).toMatch(/not an Open Badges credential/);
  });
});
