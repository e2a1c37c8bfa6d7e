import type { Hono } from 'hono';
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
import { evidenceContracts as ev } from '../../shared/contracts/evidence.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';
import { credentialRoutes } from './evidence-credential-routes.ts';
import { portfolioRoutes } from './evidence-portfolio-routes.ts';
import { fileResponse } from './public-pages/html.tsx';
import { publicPageRoutes } from './public-pages/index.ts';

/**
 * The evidence capability over HTTP: the ledger (entries, uploads, verification, client
 * confirmation links) and skill stories here; credentials, portfolio and the public pages
 * in the files it mounts.
 */
export function evidenceRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, ev.listEntries, async (c, { query }) => ({
    entries: await listEvidence(c.get('ctx'), userOf(c).id, query),
  }));
  bindContract(app, reg, ev.record, (c, { body }) =>
    recordEvidence(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, ev.verifyLedger, (c) => verifyLedger(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, ev.getEntry, (c) =>
    getEvidence(c.get('ctx'), userOf(c).id, c.req.param('id') ?? ''),
  );
  bindContract(app, reg, ev.deleteEntry, async (c) => {
    await deleteEvidence(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
    return undefined;
  });
  bindContract(app, reg, ev.setVisibility, (c, { body }) =>
    setEvidenceVisibility(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body.visibility),
  );
  bindContract(app, reg, ev.attachment, async (c) => {
    const ctx = c.get('ctx');
    const userId = userOf(c).id;
    const attachmentId = c.req.param('attachmentId') ?? '';
    const entry = await getEvidence(ctx, userId, c.req.param('id') ?? '');
    if (!entry.attachments.some((a) => a.id === attachmentId)) {
      throw new AppError('not_found', 'Attachment not found');
    }
    const file = await getAttachment(ctx, userId, attachmentId);
    return fileResponse(file.bytes, file.name, file.mediaType);
  });
  bindContract(app, reg, ev.confirmationLink, (c, { body }) =>
    createConfirmationLink(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body),
  );

  bindContract(app, reg, ev.listStories, async (c) => ({
    stories: await listSkillStories(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, ev.draftStory, (c, { body }) =>
    draftSkillStory(c.get('ctx'), userOf(c).id, body.skillId),
  );
  bindContract(app, reg, ev.editStory, (c, { body }) =>
    editSkillStory(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body),
  );
  bindContract(app, reg, ev.approveStory, (c, { body }) =>
    approveSkillStory(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body.visibility),
  );

  credentialRoutes(app, reg);
  portfolioRoutes(app, reg);
  publicPageRoutes(app, reg);
}
