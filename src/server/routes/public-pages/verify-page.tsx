/** @jsxImportSource hono/jsx */
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Ctx } from '../../../domain/ctx.ts';
import { verifyCredential } from '../../../domain/evidence/index.ts';
import { isAppError } from '../../../errors.ts';
import { describeAssurance } from '../../../shared/assurance-text.ts';
import { ASSURANCE_LABELS, type VerificationReport } from '../../../shared/evidence.ts';
import { ExternalLink, page } from './html.tsx';

const MAX_INPUT = 300_000;

function Mark(props: { ok: boolean | null; yes: string; no: string; unknown: string }) {
  if (props.ok === null) return <span class="muted">{props.unknown}</span>;
  return props.ok ? <span class="ok">✔ {props.yes}</span> : <span class="bad">✘ {props.no}</span>;
}

/** "22 November 2026" for an ISO date; the input unchanged when it is not one. */
function humanDate(iso: string | null | undefined): string {
  if (!iso) return 'unknown';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function Refusal(props: { title: string; why: string }): JSX.Element {
  return (
    <>
      <span class="bad">✘ {props.title}</span>
      <br />
      <span class="muted" style="font-size:1rem;font-weight:normal">
        {props.why}
      </span>
    </>
  );
}

/** The one-line verdict a client reads first: valid, revoked (genuine but withdrawn), or not authentic. */
function Verdict({ r }: { r: VerificationReport }): JSX.Element {
  if (r.valid) return <span class="ok">✔ This credential is genuine and in force</span>;
  if (r.signature.valid && r.status.checked && r.status.revoked) {
    return (
      <Refusal
        title="Revoked by the issuer"
        why="The signature is genuine, but the issuer has withdrawn this credential."
      />
    );
  }
  if (!r.signature.valid) {
    return (
      <Refusal
        title="Not authentic"
        why="The signature does not match the issuer's published keys: the credential was changed or was not issued by them."
      />
    );
  }
  return <Refusal title="Not valid" why="See the checks below for the reason." />;
}

function Report({ r }: { r: VerificationReport }): JSX.Element {
  const c = r.credential;
  const status = r.status.checked ? !r.status.revoked : null;
  const levels = r.assurance.entries ?? [];
  const levelOf = (i: number) => {
    const a = levels[i]?.assurance;
    return a && a !== 'unknown' ? (
      <>
        {' '}
        <span class="muted">— {ASSURANCE_LABELS[a]}</span>
      </>
    ) : null;
  };
  return (
    <section class="card" aria-live="polite">
      <h2 style="border:0;margin-top:0">
        <Verdict r={r} />
      </h2>
      <p>
        <strong>{describeAssurance(r)}</strong>
      </p>
      <dl>
        <dt>Who</dt>
        <dd>{c.subject.name ?? c.subject.id ?? 'unknown'}</dd>
        <dt>What</dt>
        <dd>
          {c.achievement.name ?? c.name ?? 'unknown'}
          {c.achievement.description ? (
            <>
              <br />
              <span class="muted">{c.achievement.description}</span>
            </>
          ) : null}
        </dd>
        <dt>Issued by</dt>
        <dd>
          {c.issuer.name ?? ''} <span class="muted">{c.issuer.id ?? ''}</span>
        </dd>
        <dt>When</dt>
        <dd>
          {humanDate(r.validity.validFrom)}
          {r.validity.validUntil ? ` – ${humanDate(r.validity.validUntil)}` : ''}
        </dd>
        <dt>Signature</dt>
        <dd>
          <Mark ok={r.signature.valid} yes="valid" no="not valid" unknown="" />
          <br />
          <span class="muted">{r.signature.message}</span>
        </dd>
        <dt>Claims</dt>
        <dd>
          {r.claims.problems.length ? (
            r.claims.problems.map((p, i) => (
              <>
                {i ? <br /> : null}
                <span class="bad">✘ {p}</span>
              </>
            ))
          ) : (
            <Mark ok={r.claims.valid} yes="consistent" no="inconsistent" unknown="" />
          )}
        </dd>
        <dt>Revocation</dt>
        <dd>
          <Mark ok={status} yes="not revoked" no="revoked" unknown="not checked" />
          <br />
          <span class="muted">{r.status.message}</span>
        </dd>
        <dt>Expiry</dt>
        <dd>
          <Mark ok={r.validity.valid} yes={r.validity.message} no={r.validity.message} unknown="" />
        </dd>
        {r.ledgerCheckpointedAt ? (
          <>
            <dt>Ledger</dt>
            <dd>
              Last checkpointed {humanDate(r.ledgerCheckpointedAt)}{' '}
              <span class="muted">({r.ledgerCheckpointedAt})</span>
            </dd>
          </>
        ) : null}
      </dl>
      {c.achievement.criteria ? (
        <>
          <h3>Criteria</h3>
          <p style="white-space:pre-line">{c.achievement.criteria}</p>
        </>
      ) : null}
      {c.evidence.length ? (
        <>
          <h3>Evidence</h3>
          <ul>
            {c.evidence.map((e, i) => (
              <li>
                {e.id && /^https?:/.test(e.id) ? (
                  <ExternalLink url={e.id} text={e.name ?? e.id} rel="nofollow noopener" />
                ) : (
                  <>
                    {e.name ?? e.id ?? ''} <span class="muted">(private, not linked)</span>
                  </>
                )}
                {levelOf(i)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function VerifyForm(): JSX.Element {
  return (
    <>
      <h2 class="noprint">Verify a credential</h2>
      <form class="noprint" method="post" action="/verify" enctype="multipart/form-data">
        <p>
          <label for="credential">Paste a credential (VC-JWT or JSON)</label>
        </p>
        <textarea
          id="credential"
          name="credential"
          spellcheck={false}
          placeholder="eyJhbGciOiJSUzI1NiIs…"
        />
        <p>
          <label for="file">…or drop or choose a file (.jwt, .json)</label>
          <br />
          <input id="file" name="file" type="file" accept=".jwt,.json,.txt,application/json" />
        </p>
        <p>
          <button type="submit">Verify</button>
        </p>
      </form>
      <p class="muted noprint">
        You can also link here with <code>?url=</code> and the address of a credential. Verification
        checks the signature against the issuer's published keys, the dates, and the issuer's
        revocation list.
      </p>
    </>
  );
}

/** What the page shows above the form: nothing yet, a report, or why verification failed. */
export type VerifyOutcome =
  | { report: VerificationReport }
  | { error: string; withdrawn?: boolean }
  | null;

/** The verification page for an outcome (pure: no I/O). */
export function verifyPageHtml(publicUrl: string, outcome: VerifyOutcome): string {
  return page(
    {
      title: 'Verify a credential — Skilltrace',
      description:
        'Check an Open Badges 3.0 credential: who earned what, when, on what evidence, and whether it is authentic and not revoked.',
      canonical: `${publicUrl}/verify`,
    },
    <>
      <h1>Verify a credential</h1>
      {outcome && 'report' in outcome ? <Report r={outcome.report} /> : null}
      {outcome && 'error' in outcome ? (
        <section class="card">
          <p class="bad">
            {/* Withdrawn is a verdict (its issuer says so), not a failure to check. */}
            {outcome.withdrawn ? '✘ Withdrawn: ' : '✘ Could not verify: '}
            {outcome.error}
          </p>
        </section>
      ) : null}
      <VerifyForm />
    </>,
  );
}

/**
 * The public verification page: the form, and the report for `text` or `url` when given.
 * Errors (unreachable URL, bad input) are shown on the page, never thrown.
 */
export async function renderVerifyPage(
  ctx: Ctx,
  input: { text?: string | undefined; url?: string | undefined },
): Promise<string> {
  let outcome: VerifyOutcome = null;
  if (input.text || input.url) {
    try {
      if (input.text && input.text.length > MAX_INPUT)
        throw new Error('The credential is too large');
      const report = await verifyCredential(
        ctx,
        input.text ? { credential: input.text } : { url: input.url! },
      );
      outcome = { report };
    } catch (e) {
      outcome = {
        error: isAppError(e) ? e.message : (e as Error).message,
        ...(isAppError(e, 'gone') ? { withdrawn: true } : {}),
      };
    }
  }
  return verifyPageHtml(ctx.config.publicUrl, outcome);
}
