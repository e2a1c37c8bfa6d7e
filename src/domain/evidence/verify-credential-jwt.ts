import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import type { VerificationReport } from '../../shared/evidence.ts';
import { checkCredentialStatus } from './check-status.ts';
import { readAssurance } from './read-assurance.ts';
import { resolveKey } from './resolve-key.ts';
import type { VerifyDeps } from './verify-deps.ts';

export type { VerifyDeps } from './verify-deps.ts';

type Report = VerificationReport;
const ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const idOf = (v: unknown) => (typeof v === 'string' ? v : str((v as { id?: unknown })?.id));

function summary(c: Record<string, unknown>): Report['credential'] {
  const subject = (
    Array.isArray(c.credentialSubject) ? c.credentialSubject[0] : c.credentialSubject
  ) as Record<string, unknown> | undefined;
  const ach = subject?.achievement as Record<string, unknown> | undefined;
  const ids = (subject?.identifier as Array<Record<string, unknown>> | undefined) ?? [];
  const named = ids.find((i) => i.identityType === 'name' && i.hashed === false);
  const evidence = Array.isArray(c.evidence) ? c.evidence : c.evidence ? [c.evidence] : [];
  return {
    id: str(c.id),
    name: str(c.name),
    issuer: { id: idOf(c.issuer), name: str((c.issuer as { name?: unknown })?.name) },
    subject: { id: str(subject?.id), name: str(named?.identityHash) ?? str(subject?.name) },
    achievement: {
      name: str(ach?.name),
      description: str(ach?.description),
      criteria: str((ach?.criteria as { narrative?: unknown })?.narrative),
    },
    evidence: evidence.map((e: Record<string, unknown>) => ({ id: str(e.id), name: str(e.name) })),
  };
}

function empty(message: string): Report {
  return {
    valid: false,
    signature: { valid: false, keySource: 'none', kid: null, message },
    claims: { valid: false, problems: [] },
    validity: { valid: false, validFrom: null, validUntil: null, message: 'Not checked' },
    status: { checked: false, revoked: null, message: 'Not checked' },
    credential: summary({}),
    assurance: { strongest: 'unknown' },
  };
}

/** The Open Badges 3.0 credential types (a credential carries one of them at least). */
const BADGE_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];

function checkClaims(p: Record<string, unknown>, c: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const types = Array.isArray(c.type) ? c.type : [c.type];
  if (!types.some((t) => BADGE_TYPES.includes(t as string))) {
    problems.push(
      'it is not an Open Badges credential (its type names none of OpenBadgeCredential, AchievementCredential, EndorsementCredential)',
    );
  }
  if (Array.isArray(c.credentialSubject)) {
    problems.push('it names more than one subject');
  }
  const subjectId = str((c.credentialSubject as { id?: unknown })?.id);
  const seconds = (iso: unknown) =>
    typeof iso === 'string' ? Math.floor(new Date(iso).getTime() / 1000) : NaN;
  if (p.iss !== undefined && p.iss !== idOf(c.issuer))
    problems.push('the iss claim does not match issuer.id');
  if (p.sub !== undefined && p.sub !== subjectId)
    problems.push('the sub claim does not match credentialSubject.id');
  if (p.jti !== undefined && p.jti !== c.id)
    problems.push('the jti claim does not match the credential id');
  if (p.nbf !== undefined && p.nbf !== seconds(c.validFrom))
    problems.push('the nbf claim does not match validFrom');
  if (p.exp !== undefined && c.validUntil !== undefined && p.exp !== seconds(c.validUntil)) {
    problems.push('the exp claim does not match validUntil');
  }
  return problems;
}

function checkValidity(
  c: Record<string, unknown>,
  p: Record<string, unknown>,
  now: Date,
): Report['validity'] {
  const from =
    str(c.validFrom) ?? (typeof p.nbf === 'number' ? new Date(p.nbf * 1000).toISOString() : null);
  const until =
    str(c.validUntil) ?? (typeof p.exp === 'number' ? new Date(p.exp * 1000).toISOString() : null);
  // A minute of clock skew between issuer and verifier is tolerated.
  if (from && new Date(from).getTime() > now.getTime() + 60_000) {
    return {
      valid: false,
      validFrom: from,
      validUntil: until,
      message: `Not valid before ${from}`,
    };
  }
  if (until && new Date(until).getTime() <= now.getTime()) {
    return { valid: false, validFrom: from, validUntil: until, message: `Expired on ${until}` };
  }
  return {
    valid: true,
    validFrom: from,
    validUntil: until,
    message: until ? `Valid until ${until}` : 'Valid; it does not expire',
  };
}

/**
 * Verifies an Open Badges 3.0 / VC 2.0 credential given as a VC-JWT (compact JWS) or JSON.
 * Signature: with the key named by `kid` (supplied JWKS, the issuer's JWKS URL, or a
 * did:web document) and bound to the issuer; a key carried in the JOSE header (`jwk`, `x5c`)
 * or published by someone other than the issuer never makes the credential authentic. Then the JWT claims against the
 * credential (OB 3.0 §8.2.6.1), validFrom/validUntil, and the Bitstring Status List entry,
 * saying plainly when the list could not be fetched. Never throws: problems are the answer.
 */
export async function verifyCredentialJwt(input: string, deps: VerifyDeps): Promise<Report> {
  const text = input.trim();
  if (text.startsWith('{')) {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(text);
    } catch {
      return empty('This is neither a VC-JWT nor valid JSON');
    }
    const r = empty(
      parsed.proof
        ? 'This credential carries a Data Integrity proof (e.g. eddsa-rdfc-2022), which this verifier does not check; verify its VC-JWT form instead'
        : 'This is an unsigned credential document (no proof); verify the .jwt file instead',
    );
    return { ...r, credential: summary(parsed) };
  }
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(text)) return empty('This is neither a VC-JWT nor JSON');
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(text);
    payload = JSON.parse(Buffer.from(text.split('.')[1]!, 'base64url').toString('utf8'));
  } catch {
    return empty('The JWT header or payload cannot be read');
  }
  const credential = (
    payload.vc && typeof payload.vc === 'object' ? payload.vc : payload
  ) as Record<string, unknown>;
  const base = { ...empty(''), credential: summary(credential) };
  if (!header.alg || !ALGS.includes(header.alg)) {
    return {
      ...base,
      signature: {
        ...base.signature,
        message: `Unsupported signature algorithm ${header.alg ?? '(none)'}`,
      },
    };
  }
  const key = await resolveKey(header, idOf(credential.issuer), deps);
  const kid = typeof header.kid === 'string' ? header.kid : null;
  let signature: Report['signature'];
  if (!key.jwk) {
    signature = { valid: false, keySource: key.source, kid, message: key.message };
  } else {
    try {
      await compactVerify(text, await importJWK(key.jwk, header.alg), { algorithms: [header.alg] });
      // A signature that checks out with a key that is not the issuer's is intact, not authentic.
      signature = key.bindingProblems.length
        ? {
            valid: false,
            keySource: key.source,
            kid,
            message: `Not signed by the issuer: ${key.bindingProblems.join('; ')}`,
          }
        : { valid: true, keySource: key.source, kid, message: key.message };
    } catch {
      signature = {
        valid: false,
        keySource: key.source,
        kid,
        message:
          'The signature does not match: the credential was changed or signed with another key',
      };
    }
  }
  const problems = checkClaims(payload, credential);
  const validity = checkValidity(credential, payload, deps.now);
  const status = signature.valid
    ? await checkCredentialStatus(credential, deps)
    : { checked: false, revoked: null, message: 'Not checked: the signature is not valid' };
  return {
    valid: signature.valid && problems.length === 0 && validity.valid && status.revoked !== true,
    signature,
    claims: { valid: problems.length === 0, problems },
    validity,
    status,
    credential: summary(credential),
    assurance: await readAssurance(
      credential,
      signature.valid,
      deps.evidencePublic ?? (async () => null),
    ),
  };
}
