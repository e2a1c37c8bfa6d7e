import type { Hono } from 'hono';
import { z } from 'zod';
import {
  approveSkillStory,
  createConfirmationLink,
  deleteEvidence,
  draftSkillStory,
  editSkillStory,
  getAttachment,
  getEvidence,
  listEvidence,
  listSkillStories,
  recordEvidence,
  setEvidenceVisibility,
  verifyLedger,
} from '../../domain/evidence/index.ts';
import { AppError } from '../../errors.ts';
import {
  ConfirmationLink,
  ConfirmationLinkInput,
  EvidenceEntry,
  EvidenceKind,
  LedgerVerification,
  ManualEvidenceInput,
  SkillStory,
  StoryApproveInput,
  StoryDraftInput,
  StoryEditInput,
  VisibilityInput,
} from '../../shared/evidence.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';
import { credentialRoutes } from './evidence-credential-routes.ts';
import { portfolioRoutes } from './evidence-portfolio-routes.ts';
import { fileResponse } from './public-pages/html.tsx';
import { publicPageRoutes } from './public-pages/index.ts';

const tag = 'evidence';

/**
 * The evidence capability over HTTP: the ledger (entries, uploads, verification, client
 * confirmation links) and skill stories here; credentials, portfolio and the public pages
 * in the files it mounts.
 */
export function evidenceRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/evidence',
      tag,
      summary: 'Your evidence ledger entries, newest first (tombstones included)',
      query: z.object({ skillId: z.string().max(120).optional(), kind: EvidenceKind.optional() }),
      response: z.object({ entries: z.array(EvidenceEntry) }),
    },
    async (c, { query }) =>
      c.json({ entries: await listEvidence(c.get('ctx'), userOf(c).id, query) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/evidence',
      tag,
      summary:
        'Record a client project, artifact or reflection (attachments as base64: PNG, JPEG, GIF, WebP, PDF, ZIP, text, Markdown, CSV, JSON; 5 MiB each)',
      body: ManualEvidenceInput,
      maxBody: 15 * 1024 * 1024,
      response: EvidenceEntry,
      status: 201,
    },
    async (c, { body }) => c.json(await recordEvidence(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/evidence/verify',
      tag,
      summary: 'Check your whole ledger: hashes, links, tombstones and the signed checkpoint',
      response: LedgerVerification,
    },
    async (c) => c.json(await verifyLedger(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/evidence/:id',
      tag,
      summary: 'One ledger entry',
      response: EvidenceEntry,
    },
    async (c) => c.json(await getEvidence(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '')),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/evidence/:id',
      tag,
      summary: 'Delete an entry (its content goes; a signed tombstone keeps the chain checkable)',
    },
    async (c) => {
      await deleteEvidence(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/evidence/:id/visibility',
      tag,
      summary: 'Set who may see an entry (public entries show on your portfolio)',
      body: VisibilityInput,
      response: EvidenceEntry,
    },
    async (c, { body }) =>
      c.json(
        await setEvidenceVisibility(
          c.get('ctx'),
          userOf(c).id,
          c.req.param('id') ?? '',
          body.visibility,
        ),
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/evidence/:id/attachments/:attachmentId',
      tag,
      summary: 'Download an attachment',
    },
    async (c) => {
      const ctx = c.get('ctx');
      const userId = userOf(c).id;
      const attachmentId = c.req.param('attachmentId') ?? '';
      const entry = await getEvidence(ctx, userId, c.req.param('id') ?? '');
      if (!entry.attachments.some((a) => a.id === attachmentId)) {
        throw new AppError('not_found', 'Attachment not found');
      }
      const file = await getAttachment(ctx, userId, attachmentId);
      return fileResponse(file.bytes, file.name, file.mediaType);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/evidence/:id/confirmation-link',
      tag,
      summary: 'Make a one-time link your client opens to confirm a client project (shown once)',
      body: ConfirmationLinkInput,
      response: ConfirmationLink,
      status: 201,
    },
    async (c, { body }) =>
      c.json(
        await createConfirmationLink(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body),
        201,
      ),
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/stories',
      tag: 'stories',
      summary: 'Your skill stories',
      response: z.object({ stories: z.array(SkillStory) }),
    },
    async (c) => c.json({ stories: await listSkillStories(c.get('ctx'), userOf(c).id) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/stories',
      tag: 'stories',
      summary:
        'Draft (or redraft) the story of a skill from your ledger; every sentence cites entries',
      body: StoryDraftInput,
      response: SkillStory,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await draftSkillStory(c.get('ctx'), userOf(c).id, body.skillId), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/stories/:id',
      tag: 'stories',
      summary: 'Edit a story (back to draft; sentences without evidence are flagged)',
      body: StoryEditInput,
      response: SkillStory,
    },
    async (c, { body }) =>
      c.json(await editSkillStory(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/stories/:id/approve',
      tag: 'stories',
      summary: 'Approve a story for publishing (refused while a sentence lacks evidence)',
      body: StoryApproveInput,
      response: SkillStory,
    },
    async (c, { body }) =>
      c.json(
        await approveSkillStory(
          c.get('ctx'),
          userOf(c).id,
          c.req.param('id') ?? '',
          body.visibility,
        ),
      ),
  );

  credentialRoutes(app, reg);
  portfolioRoutes(app, reg);
  publicPageRoutes(app, reg);
}
