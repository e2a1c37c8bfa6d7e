import type { Ctx } from '../../../domain/ctx.ts';
import { verifyCredential } from '../../../domain/evidence/index.ts';
import { isAppError } from '../../../errors.ts';
import { describeAssurance } from '../../../shared/assurance-text.ts';
import { ASSURANCE_LABELS, type VerificationReport } from '../../../shared/evidence.ts';
import { esc, externalLink, page } from './html.ts';

const MAX_INPUT = 300_000;

function mark(ok: boolean | null, yes: string, no: string, unknown: string): string {
  if (ok === null) return `<span class="muted">${esc(unknown)}</span>`;
  return ok ? `<span class="ok">✔ ${esc(yes)}</span>` : `<span class="bad">✘ ${esc(no)}</span>`;
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

/** The one-line verdict a client reads first: valid, revoked (genuine but withdrawn), or not authentic. */
function verdict(r: VerificationReport): string {
  if (r.valid) return '<span class="ok">✔ This credential is genuine and in force</span>';
  if (r.signature.valid && r.status.checked && r.status.revoked) {
    return '<span class="bad">✘ Revoked by the issuer</span><br><span class="muted" style="font-size:1rem;font-weight:normal">The signature is genuine, but the issuer has withdrawn this credential.</span>';
  }
  if (!r.signature.valid) {
    return '<span class="bad">✘ Not authentic</span><br><span class="muted" style="font-size:1rem;font-weight:normal">The signature does not match the issuer\'s published keys: the credential was changed or was not issued by them.</span>';
  }
  return '<span class="bad">✘ Not valid</span><br><span class="muted" style="font-size:1rem;font-weight:normal">See the checks below for the reason.</span>';
}

function reportHtml(r: VerificationReport): string {
  const c = r.credential;
  const status = r.status.checked ? !r.status.revoked : null;
  const levels = r.assurance.entries ?? [];
  const levelOf = (i: number) => {
    const a = levels[i]?.assurance;
    return a && a !== 'unknown' ? ` <span class="muted">— ${esc(ASSURANCE_LABELS[a])}</span>` : '';
  };
  return `<section class="card" aria-live="polite">
<h2 style="border:0;margin-top:0">${verdict(r)}</h2>
<p><strong>${esc(describeAssurance(r))}</strong></p>
<dl>
<dt>Who</dt><dd>${esc(c.subject.name ?? c.subject.id ?? 'unknown')}</dd>
<dt>What</dt><dd>${esc(c.achievement.name ?? c.name ?? 'unknown')}${c.achievement.description ? `<br><span class="muted">${esc(c.achievement.description)}</span>` : ''}</dd>
<dt>Issued by</dt><dd>${esc(c.issuer.name ?? '')} <span class="muted">${esc(c.issuer.id ?? '')}</span></dd>
<dt>When</dt><dd>${esc(humanDate(r.validity.validFrom))}${r.validity.validUntil ? ` – ${esc(humanDate(r.validity.validUntil))}` : ''}</dd>
<dt>Signature</dt><dd>${mark(r.signature.valid, 'valid', 'not valid', '')}<br><span class="muted">${esc(r.signature.message)}</span></dd>
<dt>Claims</dt><dd>${r.claims.problems.length ? r.claims.problems.map((p) => `<span class="bad">✘ ${esc(p)}</span>`).join('<br>') : mark(r.claims.valid, 'consistent', 'inconsistent', '')}</dd>
<dt>Revocation</dt><dd>${mark(status, 'not revoked', 'revoked', 'not checked')}<br><span class="muted">${esc(r.status.message)}</span></dd>
<dt>Expiry</dt><dd>${mark(r.validity.valid, r.validity.message, r.validity.message, '')}</dd>
${r.ledgerCheckpointedAt ? `<dt>Ledger</dt><dd>Last checkpointed ${esc(humanDate(r.ledgerCheckpointedAt))} <span class="muted">(${esc(r.ledgerCheckpointedAt)})</span></dd>` : ''}
</dl>
${c.achievement.criteria ? `<h3>Criteria</h3><p style="white-space:pre-line">${esc(c.achievement.criteria)}</p>` : ''}
${c.evidence.length ? `<h3>Evidence</h3><ul>${c.evidence.map((e, i) => `<li>${e.id && /^https?:/.test(e.id) ? externalLink(e.id, e.name ?? e.id, 'nofollow noopener') : `${esc(e.name ?? e.id ?? '')} <span class="muted">(private, not linked)</span>`}${levelOf(i)}</li>`).join('')}</ul>` : ''}
</section>`;
}

function form(): string {
  return `<h2 class="noprint">Verify a credential</h2>
<form class="noprint" method="post" action="/verify" enctype="multipart/form-data">
<p><label for="credential">Paste a credential (VC-JWT or JSON)</label></p>
<textarea id="credential" name="credential" spellcheck="false" placeholder="eyJhbGciOiJSUzI1NiIs…"></textarea>
<p><label for="file">…or drop or choose a file (.jwt, .json)</label><br>
<input id="file" name="file" type="file" accept=".jwt,.json,.txt,application/json"></p>
<p><button type="submit">Verify</button></p>
</form>
<p class="muted noprint">You can also link here with <code>?url=</code> and the address of a credential. Verification checks the signature against the issuer's published keys, the dates, and the issuer's revocation list.</p>`;
}

/**
 * The public verification page: the form, and the report for `text` or `url` when given.
 * Errors (unreachable URL, bad input) are shown on the page, never thrown.
 */
export async function renderVerifyPage(
  ctx: Ctx,
  input: { text?: string | undefined; url?: string | undefined },
): Promise<string> {
  let result = '';
  if (input.text || input.url) {
    try {
      if (input.text && input.text.length > MAX_INPUT)
        throw new Error('The credential is too large');
      const report = await verifyCredential(
        ctx,
        input.text ? { credential: input.text } : { url: input.url! },
      );
      result = reportHtml(report);
    } catch (e) {
      const msg = isAppError(e) ? e.message : (e as Error).message;
      result = `<section class="card"><p class="bad">✘ Could not verify: ${esc(msg)}</p></section>`;
    }
  }
  const publicUrl = ctx.config.publicUrl;
  return page(
    {
      title: 'Verify a credential — Skilltrace',
      description:
        'Check an Open Badges 3.0 credential: who earned what, when, on what evidence, and whether it is authentic and not revoked.',
      canonical: `${publicUrl}/verify`,
    },
    `<h1>Verify a credential</h1>${result}${form()}`,
  );
}
