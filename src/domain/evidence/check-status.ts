import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import type { VerificationReport } from '../../shared/evidence.ts';
import { resolveKey } from './resolve-key.ts';
import { decodeStatusList, getStatusBit } from './status-list.ts';
import type { VerifyDeps } from './verify-deps.ts';

type Status = VerificationReport['status'];

const STATUS_TYPES = ['BitstringStatusListEntry', 'StatusList2021Entry'];

/** Reads a status list credential (VC-JWT or JSON) and says whether its signature was checked. */
async function readListCredential(
  text: string,
  deps: VerifyDeps,
): Promise<{ credential: Record<string, unknown>; signed: string }> {
  const t = text.trim();
  if (t.startsWith('{')) {
    const credential = JSON.parse(t) as Record<string, unknown>;
    return {
      credential,
      signed: credential.proof
        ? 'its Data Integrity proof was not checked'
        : 'the list carries no signature',
    };
  }
  const payload = JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString('utf8'));
  const credential = (payload.vc ?? payload) as Record<string, unknown>;
  const header = decodeProtectedHeader(t);
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : ((issuer as { id?: string })?.id ?? null);
  const key = await resolveKey(header as never, issuerId, deps);
  if (!key.jwk || !header.alg)
    return { credential, signed: `its signature could not be checked (${key.message})` };
  try {
    await compactVerify(t, await importJWK(key.jwk, header.alg), { algorithms: [header.alg] });
    return {
      credential,
      signed: key.bindingProblems.length
        ? key.bindingProblems.join('; ')
        : 'its signature is valid',
    };
  } catch {
    throw new Error('the status list signature does not verify');
  }
}

/**
 * Checks the credential's Bitstring Status List entry: fetches the list credential,
 * decodes the GZIP'd bitstring and reads the bit. Says plainly when the list could not
 * be fetched or read. Never throws.
 */
export async function checkCredentialStatus(
  credential: Record<string, unknown>,
  deps: VerifyDeps,
): Promise<Status> {
  const raw = credential.credentialStatus;
  const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Array<Record<string, unknown>>;
  const entry = entries.find((e) => STATUS_TYPES.includes(String(e.type)));
  if (!entry) {
    return {
      checked: false,
      revoked: null,
      message: entries.length
        ? 'The credential uses a status method this verifier does not know'
        : 'The credential has no status entry, so it cannot be revoked',
    };
  }
  const url = String(entry.statusListCredential ?? '');
  const index = Number(entry.statusListIndex);
  const purpose = String(entry.statusPurpose ?? 'revocation');
  if (!/^https?:\/\//.test(url) || !Number.isInteger(index) || index < 0) {
    return { checked: false, revoked: null, message: 'The status entry is malformed' };
  }
  let res: { status: number; text: string };
  try {
    res = await deps.fetchText(url);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  } catch (e) {
    return {
      checked: false,
      revoked: null,
      message: `The status list at ${url} could not be fetched (${(e as Error).message}); revocation was NOT checked`,
    };
  }
  try {
    const { credential: list, signed } = await readListCredential(res.text, deps);
    const subject = list.credentialSubject as { encodedList?: unknown; statusPurpose?: unknown };
    if (typeof subject?.encodedList !== 'string') throw new Error('it has no encodedList');
    if (subject.statusPurpose !== undefined && subject.statusPurpose !== purpose) {
      throw new Error(`it is a ${String(subject.statusPurpose)} list, not ${purpose}`);
    }
    const bit = getStatusBit(decodeStatusList(subject.encodedList), index);
    const word = purpose === 'suspension' ? 'suspended' : 'revoked';
    return {
      checked: true,
      revoked: bit,
      message: `${bit ? `REVOKED: the issuer marked it ${word}` : `Not ${word}`} (status list ${url}, index ${index}; ${signed})`,
    };
  } catch (e) {
    return {
      checked: false,
      revoked: null,
      message: `The status list at ${url} could not be read (${(e as Error).message}); revocation was NOT checked`,
    };
  }
}
