import type { Hono } from 'hono';
import {
  confirmClientProject,
  describeAchievement,
  getConfirmationRequest,
  getPublicAttachment,
  getPublicEntry,
  getPublicPortfolio,
} from '../../../domain/evidence/index.ts';
import { isAppError } from '../../../errors.ts';
import { EVIDENCE_KIND_LABELS } from '../../../shared/evidence.ts';
import { checkStorableText } from '../../input-hygiene.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../../route.ts';
import { esc, fileResponse, htmlResponse, page } from './html.ts';
import { renderPortfolioPage } from './portfolio-page.ts';
import { renderVerifyPage } from './verify-page.ts';

const tag = 'public pages';
const MAX_FORM = 400_000;

// The body limit in front of every route has already bounded the form to its route's maxBody.
async function formFields(c: Parameters<Parameters<typeof defineRoute>[3]>[0]) {
  const body = await c.req.parseBody();
  checkStorableText(body, 'form');
  const text = async (v: unknown) =>
    typeof v === 'string' ? v : v instanceof File && v.size <= MAX_FORM ? await v.text() : '';
  return { body, text };
}

function notFoundPage(message: string): Response {
  return htmlResponse(
    page(
      { title: 'Not found — Skilltrace', description: message, noindex: true },
      `<h1>Not found</h1><p>${esc(message)}</p>`,
    ),
    404,
  );
}

/** Server-rendered public pages: verification, portfolios, public evidence, client confirmation. */
export function publicPageRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/verify',
      tag,
      summary: 'Verification page (HTML); ?url= verifies the credential at that address',
      public: true,
    },
    async (c) => htmlResponse(await renderVerifyPage(c.get('ctx'), { url: c.req.query('url') })),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/verify',
      tag,
      summary: 'Verification page form post (credential text or file)',
      public: true,
      maxBody: MAX_FORM,
    },
    async (c) => {
      const { body, text } = await formFields(c);
      const pasted = (await text(body.credential)).trim();
      const uploaded = (await text(body.file)).trim();
      return htmlResponse(
        await renderVerifyPage(c.get('ctx'), { text: pasted || uploaded || undefined }),
      );
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/p/:handle',
      tag,
      summary: 'A freelancer’s public portfolio page (HTML, printable)',
      public: true,
    },
    async (c) => {
      const ctx = c.get('ctx');
      try {
        const p = await getPublicPortfolio(ctx, c.req.param('handle') ?? '');
        return htmlResponse(renderPortfolioPage(p, ctx.config.publicUrl));
      } catch (e) {
        if (isAppError(e, 'not_found'))
          return notFoundPage('There is no published portfolio at this address.');
        throw e;
      }
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/evidence/:id',
      tag,
      summary: 'A public evidence entry (HTML), as linked from credentials',
      public: true,
    },
    async (c) => {
      const ctx = c.get('ctx');
      try {
        const {
          entry: e,
          ownerName,
          portfolioUrl,
        } = await getPublicEntry(ctx, c.req.param('id') ?? '');
        return htmlResponse(
          page(
            {
              title: `${e.title} — ${ownerName}`,
              description: e.description || EVIDENCE_KIND_LABELS[e.kind],
              canonical: `${ctx.config.publicUrl}/evidence/${e.id}`,
            },
            `<h1>${esc(e.title)}</h1><p class="muted">${esc(EVIDENCE_KIND_LABELS[e.kind])} by ${esc(ownerName)} · ${esc(e.occurredAt.slice(0, 10))}</p>
${e.description ? `<p>${esc(e.description)}</p>` : ''}
${e.attachments.map((a) => `<p><a href="/evidence/${esc(e.id)}/files/${esc(a.id)}">${esc(a.name)}</a> <span class="muted">${esc(a.mediaType)}, sha256 ${esc(a.sha256)}</span></p>`).join('')}
<p class="muted">Ledger entry #${e.seq}, chain hash <code>${esc(e.hash)}</code></p>
${portfolioUrl ? `<p><a href="${esc(portfolioUrl)}">${esc(ownerName)}'s portfolio</a></p>` : ''}`,
          ),
        );
      } catch (err) {
        if (isAppError(err, 'not_found')) return notFoundPage('This evidence is not public.');
        throw err;
      }
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/evidence/:id/files/:attachmentId',
      tag,
      summary: 'A file of a public evidence entry',
      public: true,
    },
    async (c) => {
      const f = await getPublicAttachment(c.get('ctx'), c.req.param('attachmentId') ?? '');
      return fileResponse(f.bytes, f.name, f.mediaType);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/achievements/:skillId/:level',
      tag,
      summary: 'What an achievement means and its criteria',
      public: true,
    },
    async (c) => {
      const a = describeAchievement(c.req.param('skillId') ?? '', c.req.param('level') ?? '');
      if ((c.req.header('accept') ?? '').includes('application/json')) return c.json(a);
      return htmlResponse(
        page(
          { title: a.name, description: a.description },
          `<h1>${esc(a.name)}</h1><p>${esc(a.description)}</p><h2>Criteria</h2><p style="white-space:pre-line">${esc(a.narrative)}</p>`,
        ),
      );
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/confirm/:token',
      tag,
      summary: 'The page a client opens to confirm a project',
      public: true,
    },
    async (c) => {
      try {
        const r = await getConfirmationRequest(c.get('ctx'), c.req.param('token') ?? '');
        return htmlResponse(
          page(
            {
              title: `Confirm a project for ${r.freelancerName}`,
              description: 'Confirm a client project',
              noindex: true,
            },
            `<h1>Confirm a project</h1><p>${esc(r.freelancerName)} asks ${esc(r.clientName)} to confirm this project:</p>
<div class="card"><strong>${esc(r.project.title)}</strong><p>${esc(r.project.description)}</p><p class="muted">${esc(r.project.occurredAt.slice(0, 10))}</p></div>
<form method="post"><p><label>Your name and role<br><input name="confirmedBy" maxlength="120" required></label></p>
<p><label>Your work email (only its domain is shown next to the confirmation)<br><input name="email" type="email" maxlength="254" required></label></p>
<p><label>A sentence about the work (optional)<br><textarea name="comment" maxlength="2000" style="min-height:5rem"></textarea></label></p>
<p><button type="submit">I confirm this project</button></p></form><p class="muted">The link works once and expires on ${esc(r.expiresAt.slice(0, 10))}.</p>`,
          ),
        );
      } catch (e) {
        if (isAppError(e, 'not_found')) return notFoundPage(e.message);
        throw e;
      }
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/confirm/:token',
      tag,
      summary: 'The client confirms the project (one time)',
      public: true,
    },
    async (c) => {
      const { body, text } = await formFields(c);
      try {
        await confirmClientProject(c.get('ctx'), c.req.param('token') ?? '', {
          confirmedBy: await text(body.confirmedBy),
          comment: await text(body.comment),
          email: await text(body.email),
          signedInUserId: c.get('principal')?.user.id,
        });
        return htmlResponse(
          page(
            { title: 'Thank you', description: 'Project confirmed', noindex: true },
            '<h1>Thank you</h1><p>Your confirmation was recorded.</p>',
          ),
        );
      } catch (e) {
        if (isAppError(e, 'not_found')) return notFoundPage(e.message);
        for (const [code, status] of [
          ['forbidden', 403],
          ['invalid_input', 400],
        ] as const) {
          if (isAppError(e, code)) {
            return htmlResponse(
              page(
                { title: 'Not confirmed', description: e.message, noindex: true },
                `<h1>Not confirmed</h1><p>${esc(e.message)}</p>`,
              ),
              status,
            );
          }
        }
        throw e;
      }
    },
  );
}
