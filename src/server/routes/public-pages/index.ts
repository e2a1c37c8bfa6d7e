import type { Hono } from 'hono';
import {
  confirmClientProject,
  describeAchievement,
  getConfirmationRequest,
  getPublicAttachment,
  getPublicEntry,
  getPublicPortfolio,
  handleRetired,
  movedPortfolioHandle,
} from '../../../domain/evidence/index.ts';
import { isAppError } from '../../../errors.ts';
import { checkStorableText } from '../../input-hygiene.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../../route.ts';
import { fileResponse, htmlResponse } from './html.tsx';
import {
  achievementHtml,
  confirmationHtml,
  evidenceEntryHtml,
  messageHtml,
  notFoundHtml,
} from './pages.tsx';
import { renderPortfolioPage } from './portfolio-page.tsx';
import { renderVerifyPage } from './verify-page.tsx';

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

function notFoundPage(message: string, status: 404 | 410 = 404): Response {
  return htmlResponse(notFoundHtml(message, status === 410 ? 'Removed' : 'Not found'), status);
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
        if (isAppError(e, 'not_found')) {
          // A handle its owner changed leads to their portfolio now, not to nothing.
          const moved = await movedPortfolioHandle(ctx, c.req.param('handle') ?? '');
          // Temporary: the owner may take the handle back.
          if (moved) return c.redirect(`/p/${encodeURIComponent(moved)}`, 302);
          // The account it belonged to was deleted: said so, and nobody else's page is here.
          if (await handleRetired(ctx, c.req.param('handle') ?? ''))
            return notFoundPage(
              'The portfolio at this address was removed: the account it belonged to was deleted.',
              410,
            );
          return notFoundPage('There is no published portfolio at this address.');
        }
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
        const entry = await getPublicEntry(ctx, c.req.param('id') ?? '');
        return htmlResponse(evidenceEntryHtml(entry, ctx.config.publicUrl));
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
      return htmlResponse(achievementHtml(a));
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
        return htmlResponse(confirmationHtml(r));
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
        return htmlResponse(messageHtml('Thank you', 'Your confirmation was recorded.'));
      } catch (e) {
        if (isAppError(e, 'not_found')) return notFoundPage(e.message);
        for (const [code, status] of [
          ['forbidden', 403],
          ['invalid_input', 400],
        ] as const) {
          if (isAppError(e, code)) {
            return htmlResponse(messageHtml('Not confirmed', e.message), status);
          }
        }
        throw e;
      }
    },
  );
}
