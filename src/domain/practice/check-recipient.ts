import { createHash } from 'node:crypto';

type Obj = Record<string, unknown>;

/** Whether an external badge was issued to this person, and why (not) when it says. */
export interface RecipientCheck {
  /** True when the badge names this person (email or this account's subject id). */
  ok: boolean;
  /** True when the badge names someone else: the import is refused. */
  mismatch: boolean;
  detail: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `sha256$hex` / `md5$hex` as OB 2.0 writes it, or a bare hex digest (OB 3.0). */
function hashMatches(identity: string, email: string, salt: string): boolean {
  const [alg, digest] = identity.includes('$') ? identity.split('$', 2) : ['sha256', identity];
  if (!digest || !['sha256', 'md5'].includes(alg!.toLowerCase())) return false;
  const mine = createHash(alg!.toLowerCase())
    .update(email + salt)
    .digest('hex');
  return mine === digest.toLowerCase();
}

function emailIdentity(
  identity: string,
  hashed: boolean,
  salt: string,
  email: string,
): RecipientCheck {
  const looksLikeEmail = hashed || identity.includes('@') || identity.startsWith('mailto:');
  const match = hashed
    ? hashMatches(identity, email, salt)
    : identity.replace(/^mailto:/, '').toLowerCase() === email;
  if (match) return { ok: true, mismatch: false, detail: 'issued to this account’s email' };
  return {
    ok: false,
    mismatch: looksLikeEmail,
    detail: looksLikeEmail
      ? 'issued to another email address than this account’s'
      : 'the recipient cannot be matched with this account',
  };
}

/**
 * Checks the recipient of an Open Badges 2.0 assertion (`recipient`, hashed or plain email)
 * or an OB 3.0 credential subject (`identifier` email hashes, `id` as `mailto:` or this
 * account's `urn:uuid:`) against the account. Pure; never throws.
 */
export function checkRecipient(
  account: { id: string; email: string },
  doc: Obj,
  format: 'ob2' | 'ob3',
): RecipientCheck {
  const email = account.email.trim().toLowerCase();
  if (format === 'ob2') {
    const r = (doc.recipient ?? {}) as Obj;
    const identity = str(r.identity);
    if (!identity) return { ok: false, mismatch: false, detail: 'the badge names no recipient' };
    const type = str(r.type) ?? 'email';
    if (type !== 'email') {
      return { ok: false, mismatch: false, detail: `the recipient is a ${type}, not an email` };
    }
    return emailIdentity(identity, r.hashed === true, str(r.salt) ?? '', email);
  }
  const subject = (
    Array.isArray(doc.credentialSubject) ? doc.credentialSubject[0] : doc.credentialSubject
  ) as Obj | undefined;
  const id = str(subject?.id);
  if (id === `urn:uuid:${account.id}`) {
    return { ok: true, mismatch: false, detail: 'issued to this account' };
  }
  const checks: RecipientCheck[] = [];
  if (id?.startsWith('mailto:')) checks.push(emailIdentity(id, false, '', email));
  const identifiers = Array.isArray(subject?.identifier) ? (subject.identifier as Obj[]) : [];
  for (const i of identifiers) {
    const hash = str(i.identityHash);
    if (i.identityType !== 'emailAddress' || !hash) continue;
    checks.push(emailIdentity(hash, i.hashed === true, str(i.salt) ?? '', email));
  }
  const good = checks.find((c) => c.ok);
  if (good) return good;
  if (checks.some((c) => c.mismatch)) {
    return {
      ok: false,
      mismatch: true,
      detail: 'issued to another email address than this account’s',
    };
  }
  return {
    ok: false,
    mismatch: false,
    detail: 'the credential names no recipient this account can match',
  };
}
