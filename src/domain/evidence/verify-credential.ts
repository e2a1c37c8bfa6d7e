import { AppError } from '../../errors.ts';
import { guardedRequest } from '../../net/guarded-fetch.ts';
import type { VerificationReport } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { ownCheckpoints } from './checkpoint.ts';
import { localAnswer } from './local-documents.ts';
import { getPublicEntry } from './public-portfolio.ts';
import { type VerifyDeps, verifyCredentialJwt } from './verify-credential-jwt.ts';

const MAX_FETCH = 1024 * 1024;
/** Total time one verification may spend on the network (credential, keys, status list). */
const VERIFY_BUDGET_MS = 15_000;

/**
 * The verifier's dependencies for this instance: its own URLs are answered locally, others
 * are fetched through the SSRF guard. Anyone may verify without signing in, so these fetches
 * never reach private or loopback addresses, whatever an admin allowed for model hosts and
 * feeds, and all of one verification's fetches share one time budget.
 */
export async function verifyDeps(ctx: Ctx): Promise<VerifyDeps> {
  const until = Date.now() + VERIFY_BUDGET_MS;
  const id = issuerIdentity(ctx.config);
  return {
    now: ctx.clock.now(),
    // Only this instance's evidence links are checked (no requests to other sites per item).
    async evidencePublic(url) {
      const prefix = id.evidenceUrl('');
      if (!url.startsWith(prefix)) return null;
      try {
        await getPublicEntry(ctx, url.slice(prefix.length));
        return true;
      } catch {
        return false;
      }
    },
    async fetchText(url) {
      const local = await localAnswer(ctx, url);
      if (local) return { ...local, local: true };
      const left = until - Date.now();
      if (left <= 0) return { status: 504, text: '' };
      const r = await guardedRequest(url, {
        allowPrivate: false,
        maxBytes: MAX_FETCH,
        timeoutMs: Math.min(10_000, left),
        deadlineMs: left,
        headers: {
          accept: 'application/vc+jwt, application/jwt, application/json;q=0.9, */*;q=0.1',
        },
      });
      return { status: r.status, text: r.text() };
    },
  };
}

/**
 * Verifies a credential pasted as a VC-JWT / JSON, or fetched from `url` (through the
 * guard). Throws `invalid_input` when neither is given, `upstream_failed`/`forbidden` when
 * the URL cannot be fetched; otherwise the report says what holds and what does not.
 */
export async function verifyCredential(
  ctx: Ctx,
  input: { credential?: string; url?: string },
): Promise<VerificationReport> {
  const deps = await verifyDeps(ctx);
  let text = input.credential;
  if (!text && input.url) {
    const r = await deps.fetchText(input.url);
    // Withdrawn for good; this instance says why (another site's words are not repeated).
    if (r.status === 410) {
      throw new AppError(
        'gone',
        r.local && r.text
          ? r.text
          : `The credential at ${input.url} was withdrawn by the site that issued it (HTTP 410)`,
      );
    }
    if (r.status !== 200) {
      throw new AppError(
        'upstream_failed',
        `The credential at ${input.url} could not be fetched (HTTP ${r.status})`,
      );
    }
    text = r.text;
  }
  if (!text) throw new AppError('invalid_input', 'Give a credential or a URL to verify');
  let report = await verifyCredentialJwt(text, deps);
  // A credential whose id is a web address must be the one served there, not another one
  // (one person's link serving another person's credential).
  const named = report.credential.id;
  if (
    !input.credential &&
    input.url &&
    named &&
    /^https?:\/\//i.test(named) &&
    named !== input.url.split('#')[0]
  ) {
    const problem = `fetched from ${input.url}, but the credential there names itself ${named}`;
    report = {
      ...report,
      valid: false,
      claims: { valid: false, problems: [...report.claims.problems, problem] },
    };
  }
  return { ...report, ledgerCheckpointedAt: await lastCheckpointOf(ctx, report) };
}

/** When the holder's ledger was last checkpointed, for a valid credential of this instance. */
async function lastCheckpointOf(ctx: Ctx, r: VerificationReport): Promise<string | null> {
  const subject = /^urn:uuid:([0-9a-f-]{36})$/.exec(r.credential.subject.id ?? '')?.[1];
  if (!r.signature.valid || !subject) return null;
  if (r.credential.issuer.id !== issuerIdentity(ctx.config).issuerId) return null;
  // The newest checkpoint this instance signed for the holder (imported rows do not count).
  const rows = await ctx.store.evidence.listCheckpoints(subject);
  for (let i = 0; i < rows.length; i += 20) {
    const own = await ownCheckpoints(ctx, subject, rows.slice(i, i + 20));
    const latest = own.sort((a, b) => (a.signedAt < b.signedAt ? 1 : -1))[0];
    if (latest) return latest.signedAt;
  }
  return null;
}
