import { AppError } from '../../errors.ts';
import { guardedRequest } from '../../net/guarded-fetch.ts';
import type { ExternalCredential } from '../../shared/practice.ts';
import type { CredentialRow } from '../../store/repos/practice-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getCertifications } from '../taxonomy/index.ts';
import { checkRecipient, type RecipientCheck } from './check-recipient.ts';
import { verifyVcJwt } from './verify-vc-jwt.ts';

type Check = { check: string; ok: boolean; detail: string };
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const types = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** A stored external credential as the API shows it. */
export function presentCredential(r: CredentialRow): ExternalCredential {
  return {
    id: r.id,
    format: r.format,
    title: r.title,
    issuer: r.issuer,
    issuedOn: r.issued_on ? new Date(r.issued_on).toISOString() : null,
    url: r.url,
    certificationId: r.certification_id,
    status: r.status,
    checks: (r.checks as Check[]) ?? [],
    createdAt: new Date(r.created_at).toISOString(),
  };
}

async function fetchJson(url: string): Promise<Obj> {
  // Badge addresses come from people, not admins: never private or loopback addresses
  // (the admin's private-network setting covers model hosts and feeds only).
  const res = await guardedRequest(url, {
    allowPrivate: false,
    timeoutMs: 10_000,
    maxBytes: 256 * 1024,
    headers: { accept: 'application/ld+json, application/json' },
  });
  if (res.status !== 200) throw new AppError('upstream_failed', `${url} answered ${res.status}`);
  try {
    return obj(JSON.parse(res.text()));
  } catch {
    throw new AppError('upstream_failed', `${url} is not JSON`);
  }
}

async function resolve(v: unknown): Promise<Obj> {
  return typeof v === 'string' ? fetchJson(v) : obj(v);
}

/**
 * Verifies an Open Badges 2.0 hosted assertion: it is served at its own id, names a recipient,
 * is not revoked or expired, and links a BadgeClass (name, issuer) whose issuer Profile has a
 * name and URL. Network failures become failed checks, never exceptions.
 */
async function verifyOb2(ctx: Ctx, assertion: Obj, fetchedFrom: string | undefined) {
  const checks: Check[] = [];
  const add = (check: string, ok: boolean, detail = '') => checks.push({ check, ok, detail });
  let a = assertion;
  const hosted =
    str(obj(a.verify ?? a.verification).type)?.toLowerCase() === 'hostedbadge' ||
    str(obj(a.verify).type) === 'hosted';
  const id = str(a.id);
  if (!fetchedFrom && id && hosted) {
    try {
      a = await fetchJson(id);
      fetchedFrom = id;
    } catch (e) {
      add('hosted', false, (e as Error).message);
    }
  }
  add('type', types(a.type).includes('Assertion'), 'type is Assertion');
  add('hosted', !!fetchedFrom && str(a.id) === fetchedFrom, 'served at its own id');
  add(
    'not_revoked',
    a.revoked !== true,
    a.revoked === true ? String(a.revocationReason ?? 'revoked') : '',
  );
  const expires = str(a.expires);
  add('not_expired', !expires || new Date(expires) > ctx.clock.now(), expires ?? '');
  let badge: Obj = {};
  let issuer: Obj = {};
  try {
    badge = await resolve(a.badge);
    add(
      'badge',
      types(badge.type).includes('BadgeClass') && !!str(badge.name),
      'BadgeClass with a name',
    );
    issuer = await resolve(badge.issuer);
    add(
      'issuer',
      (types(issuer.type).includes('Issuer') || types(issuer.type).includes('Profile')) &&
        !!str(issuer.name) &&
        !!str(issuer.url),
      'issuer Profile with name and url',
    );
  } catch (e) {
    add('badge', false, (e as Error).message);
  }
  return {
    assertion: a,
    checks,
    title: str(badge.name) ?? 'Open Badge',
    issuer: str(issuer.name) ?? 'Unknown issuer',
    issuedOn: str(a.issuedOn),
  };
}

function decodeJwtPayload(jwt: string): Obj {
  try {
    return obj(JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()));
  } catch {
    return {};
  }
}

/** The recipient as a check; a badge issued to someone else is refused. Throws `invalid_input`. */
function recipientCheck(r: RecipientCheck): Check {
  if (r.mismatch) {
    throw new AppError('invalid_input', `This badge was issued to someone else: ${r.detail}`, {
      details: { issues: [{ path: 'recipient', message: r.detail }] },
    });
  }
  return { check: 'recipient', ok: r.ok, detail: r.detail };
}

/**
 * Adds an earned external credential: an OB3 VC-JWT (verified with the evidence capability's
 * verifier when it exports one), an OB2 hosted assertion (fetched through the guarded fetch and
 * its badge/issuer structure checked), or a plain link (self-reported). The recipient (email
 * hash, email or subject id) must be this account. Shown as verified only when every check
 * passed (signature bound to the issuer's own keys, recipient, dates). Throws `invalid_input`
 * when neither url nor content is given, or when the badge names another recipient.
 */
export async function importCredential(
  ctx: Ctx,
  userId: string,
  input: {
    url?: string | undefined;
    content?: string | undefined;
    certificationId?: string | undefined;
    title?: string | undefined;
    issuer?: string | undefined;
  },
): Promise<ExternalCredential> {
  if (!input.url && !input.content)
    throw new AppError('invalid_input', 'Give a credential link or file');
  if (input.certificationId && !getCertifications().has(input.certificationId))
    throw new AppError('invalid_input', `Unknown certification "${input.certificationId}"`);
  let format: CredentialRow['format'] = 'link';
  let checks: Check[] = [];
  let title = input.title ?? '';
  let issuer = input.issuer ?? '';
  let issuedOn: string | undefined;
  const account = await ctx.store.accounts.findUserById(userId);
  if (!account) throw new AppError('not_found', 'User not found');
  const content = input.content?.trim();
  if (content && /^[\w-]+\.[\w-]+\.[\w-]*$/.test(content)) {
    format = 'ob3';
    const p = decodeJwtPayload(content);
    const vc = obj(p.vc ?? p);
    const r = await verifyVcJwt(ctx, content);
    checks = [
      {
        check: 'type',
        ok:
          types(vc.type).includes('OpenBadgeCredential') ||
          types(vc.type).includes('AchievementCredential'),
        detail: 'OpenBadgeCredential',
      },
      {
        check: 'signature',
        ok: r.valid,
        detail: r.available ? r.detail : 'no verifier available on this instance',
      },
      recipientCheck(checkRecipient(account, vc, 'ob3')),
    ];
    title ||= str(obj(obj(vc.credentialSubject).achievement).name) ?? str(vc.name) ?? 'Open Badge';
    issuer ||= str(obj(vc.issuer).name) ?? str(vc.issuer) ?? 'Unknown issuer';
    issuedOn = str(vc.validFrom) ?? str(vc.issuanceDate);
  } else {
    let doc: Obj | undefined;
    let fetchedFrom: string | undefined;
    try {
      if (content) doc = obj(JSON.parse(content));
      else if (input.url) {
        doc = await fetchJson(input.url);
        fetchedFrom = input.url;
      }
    } catch (e) {
      checks.push({ check: 'fetch', ok: false, detail: (e as Error).message });
    }
    if (doc && types(doc.type).includes('Assertion')) {
      format = 'ob2';
      const r = await verifyOb2(ctx, doc, fetchedFrom);
      checks = [...r.checks, recipientCheck(checkRecipient(account, r.assertion, 'ob2'))];
      title ||= r.title;
      issuer ||= r.issuer;
      issuedOn = r.issuedOn;
    } else if (doc && types(doc.type).some((t) => t.includes('Credential'))) {
      format = 'ob3';
      checks.push(recipientCheck(checkRecipient(account, doc, 'ob3')));
      // Embedded (Data Integrity) proofs are not verified here: the credential stays self-reported.
      checks.push({
        check: 'signature',
        ok: false,
        detail: 'embedded proofs are not verified; import the VC-JWT to verify',
      });
      title ||= str(obj(obj(doc.credentialSubject).achievement).name) ?? 'Open Badge';
      issuer ||= str(obj(doc.issuer).name) ?? 'Unknown issuer';
    }
  }
  const cert = input.certificationId ? getCertifications().get(input.certificationId) : undefined;
  const row: CredentialRow = {
    id: ctx.ids.id(),
    user_id: userId,
    format,
    title: (title || cert?.name || 'External credential').slice(0, 200),
    issuer: (issuer || cert?.issuer || 'Unknown issuer').slice(0, 200),
    issued_on: issuedOn && !Number.isNaN(Date.parse(issuedOn)) ? new Date(issuedOn) : null,
    url: input.url ?? null,
    certification_id: input.certificationId ?? null,
    status: checks.length > 0 && checks.every((c) => c.ok) ? 'verified' : 'self_reported',
    checks,
    raw: content ? content.slice(0, 100_000) : null,
    created_at: ctx.clock.now(),
  };
  await ctx.store.practice.insertCredential(row);
  return presentCredential(row);
}

/** The person's external credentials, newest first. */
export async function listCredentials(ctx: Ctx, userId: string): Promise<ExternalCredential[]> {
  return (await ctx.store.practice.listCredentials(userId)).map(presentCredential);
}

/** Removes one of the person's external credentials. Throws `not_found`. */
export async function deleteCredential(ctx: Ctx, userId: string, id: string): Promise<void> {
  if (!(await ctx.store.practice.deleteCredential(userId, id)))
    throw new AppError('not_found', 'Credential not found');
}

/** Per skill, the best external credential status (through certification objectives). */
export async function listCertCredentials(
  ctx: Ctx,
  userId: string,
): Promise<Map<string, 'verified' | 'self_reported'>> {
  const out = new Map<string, 'verified' | 'self_reported'>();
  const certs = getCertifications();
  for (const c of await ctx.store.practice.listCredentials(userId)) {
    const cert = c.certification_id ? certs.get(c.certification_id) : undefined;
    for (const o of cert?.objectives ?? [])
      for (const s of o.skills) if (out.get(s) !== 'verified') out.set(s, c.status);
  }
  return out;
}
