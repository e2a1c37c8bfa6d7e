/** @jsxImportSource hono/jsx */
import type { getConfirmationRequest, getPublicEntry } from '../../../domain/evidence/index.ts';
import { EVIDENCE_KIND_LABELS } from '../../../shared/evidence.ts';
import { AssuranceNote, page } from './html.tsx';

/** A page that says something is not here (or not public). */
export function notFoundHtml(message: string, heading = 'Not found'): string {
  return page(
    { title: `${heading} — Skilltrace`, description: message, noindex: true },
    <>
      <h1>{heading}</h1>
      <p>{message}</p>
    </>,
  );
}

/** A short page with a heading and one sentence (thank-you and refusal pages). */
export function messageHtml(title: string, message: string): string {
  return page(
    { title, description: message, noindex: true },
    <>
      <h1>{title}</h1>
      <p>{message}</p>
    </>,
  );
}

/** One public evidence entry, as linked from credentials. */
export function evidenceEntryHtml(
  { entry: e, ownerName, portfolioUrl }: Awaited<ReturnType<typeof getPublicEntry>>,
  publicUrl: string,
): string {
  return page(
    {
      title: `${e.title} — ${ownerName}`,
      description: e.description || EVIDENCE_KIND_LABELS[e.kind],
      canonical: `${publicUrl}/evidence/${e.id}`,
    },
    <>
      <h1>{e.title}</h1>
      <p class="muted">
        {EVIDENCE_KIND_LABELS[e.kind]} by {ownerName} · {e.occurredAt.slice(0, 10)}
      </p>
      <p>
        <AssuranceNote e={e} />
      </p>
      {e.description ? <p>{e.description}</p> : null}
      {e.attachments.map((a) => (
        <p>
          <a href={`/evidence/${e.id}/files/${a.id}`}>{a.name}</a>{' '}
          <span class="muted">
            {a.mediaType}, sha256 {a.sha256}
          </span>
        </p>
      ))}
      <p class="muted">
        Ledger entry #{e.seq}, chain hash <code>{e.hash}</code>
      </p>
      {portfolioUrl ? (
        <p>
          <a href={portfolioUrl}>{ownerName}'s portfolio</a>
        </p>
      ) : null}
    </>,
  );
}

/** What an achievement means and its criteria. */
export function achievementHtml(a: { name: string; description: string; narrative: string }) {
  return page(
    { title: a.name, description: a.description },
    <>
      <h1>{a.name}</h1>
      <p>{a.description}</p>
      <h2>Criteria</h2>
      <p style="white-space:pre-line">{a.narrative}</p>
    </>,
  );
}

/** The page a client opens to confirm a project: what is asked, and the one-time form. */
export function confirmationHtml(r: Awaited<ReturnType<typeof getConfirmationRequest>>): string {
  return page(
    {
      title: `Confirm a project for ${r.freelancerName}`,
      description: 'Confirm a client project',
      noindex: true,
    },
    <>
      <h1>Confirm a project</h1>
      <p>
        {r.freelancerName} asks {r.clientName} to confirm this project:
      </p>
      <div class="card">
        <strong>{r.project.title}</strong>
        <p>{r.project.description}</p>
        <p class="muted">{r.project.occurredAt.slice(0, 10)}</p>
      </div>
      <form method="post">
        <p>
          <label>
            Your name and role
            <br />
            <input name="confirmedBy" maxlength={120} required />
          </label>
        </p>
        <p>
          <label>
            Your work email (only its domain is shown next to the confirmation)
            <br />
            <input name="email" type="email" maxlength={254} required />
          </label>
        </p>
        <p>
          <label>
            A sentence about the work (optional)
            <br />
            <textarea name="comment" maxlength={2000} style="min-height:5rem" />
          </label>
        </p>
        <p>
          <button type="submit">I confirm this project</button>
        </p>
      </form>
      <p class="muted">The link works once and expires on {r.expiresAt.slice(0, 10)}.</p>
    </>,
  );
}

/** The page a one-time sign-in link opens: a button, so link scanners that only GET use nothing. */
export function signinLinkHtml(token: string): string {
  return page(
    { title: 'Sign in — Skilltrace', description: 'Sign in with a one-time link', noindex: true },
    <>
      <h1>Sign in with a one-time link</h1>
      <p>An admin made this link for you. It works once, within a few minutes.</p>
      <form method="post" action="/signin-link">
        <input type="hidden" name="token" value={token} />
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
    </>,
  );
}
