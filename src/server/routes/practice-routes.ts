import type { Hono } from 'hono';
import { z } from 'zod';
import {
  addCard,
  aiReview,
  answerCard,
  answerExamQuestion,
  createBrief,
  createCardsFromPath,
  deleteCredential,
  getBrief,
  getExamQuestions,
  getPeerRequest,
  getReadiness,
  getReviewQueue,
  getScaffold,
  importCredential,
  listBriefReviews,
  listBriefs,
  listCredentials,
  listPeerRequests,
  selfReview,
  setScaffoldOverride,
  shareForReview,
  submitDeliverable,
  submitPeerReview,
} from '../../domain/practice/index.ts';
import { listCertifications } from '../../domain/taxonomy/index.ts';
import { practiceContracts as practice } from '../../shared/contracts/practice.ts';
import {
  CredentialImportInput,
  ExternalCredential,
  PeerRequest,
  Review,
} from '../../shared/practice.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

// Routes that name a record take `z.unknown()` bodies: the domain checks ownership first and
// validates after, so another user's id answers 404 whatever the body (schemas: shared/practice.ts).
const param = (c: { req: { param(k: string): string | undefined } }, k = 'id') =>
  c.req.param(k) ?? '';

/** Mock client briefs, submissions, reviews, peer review, scaffolding, spaced review, certifications. */
export function practiceRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const tag = 'practice';
  bindContract(app, reg, practice.createBrief, (c, { body }) =>
    createBrief(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, practice.listBriefs, async (c, { query }) => ({
    briefs: await listBriefs(c.get('ctx'), userOf(c).id, query),
  }));
  bindContract(app, reg, practice.getBrief, (c) => getBrief(c.get('ctx'), userOf(c).id, param(c)));
  bindContract(app, reg, practice.submit, (c, { body }) =>
    submitDeliverable(c.get('ctx'), userOf(c).id, param(c), body),
  );
  bindContract(app, reg, practice.listReviews, async (c) => ({
    reviews: await listBriefReviews(c.get('ctx'), userOf(c).id, param(c)),
  }));
  bindContract(app, reg, practice.selfReview, (c, { body }) =>
    selfReview(c.get('ctx'), userOf(c).id, param(c), body),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/briefs/:id/ai-review',
      tag,
      summary: 'Ask the configured model to review your submission',
      body: z.unknown(),
      response: Review,
      status: 201,
    },
    async (c) => c.json(await aiReview(c.get('ctx'), userOf(c).id, param(c)), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/briefs/:id/share',
      tag,
      summary: 'Share a brief with one peer for review (body: ShareInput)',
      body: z.unknown(),
      status: 201,
      response: z.object({ shareId: z.string(), token: z.string(), status: z.literal('pending') }),
    },
    async (c, { body }) =>
      c.json(await shareForReview(c.get('ctx'), userOf(c).id, param(c), body), 201),
  );
  bindContract(app, reg, practice.listPeerRequests, async (c) => ({
    requests: await listPeerRequests(c.get('ctx'), userOf(c).id),
  }));
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/peer-requests/:token',
      tag,
      summary: 'One review request addressed to you',
      response: PeerRequest,
    },
    async (c) => c.json(await getPeerRequest(c.get('ctx'), userOf(c).id, param(c, 'token'))),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/peer-requests/:token/review',
      tag,
      summary: 'Answer a review request (body: PeerReviewInput)',
      body: z.unknown(),
      status: 201,
      response: z.object({ id: z.string(), average: z.number() }),
    },
    async (c, { body }) =>
      c.json(await submitPeerReview(c.get('ctx'), userOf(c).id, param(c, 'token'), body), 201),
  );

  bindContract(app, reg, practice.getScaffold, (c, { query }) =>
    getScaffold(c.get('ctx'), userOf(c).id, query.skillId),
  );
  bindContract(app, reg, practice.setScaffold, (c, { body }) =>
    setScaffoldOverride(c.get('ctx'), userOf(c).id, body.skillId, body.override),
  );
  bindContract(app, reg, practice.reviewQueue, (c) => getReviewQueue(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, practice.addCard, (c, { body }) =>
    addCard(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, practice.cardsFromPath, (c, { body }) =>
    createCardsFromPath(c.get('ctx'), userOf(c).id, body.pathId),
  );
  bindContract(app, reg, practice.answerCard, (c, { body }) =>
    answerCard(c.get('ctx'), userOf(c).id, param(c), body),
  );

  bindContract(app, reg, practice.listCertifications, async () => ({
    certifications: listCertifications(),
  }));
  bindContract(app, reg, practice.examQuestions, async (c, { query }) => ({
    questions: await getExamQuestions(c.get('ctx'), userOf(c).id, query.certificationId, {
      count: query.count,
    }),
  }));
  bindContract(app, reg, practice.answerExamQuestion, (c, { body }) =>
    answerExamQuestion(c.get('ctx'), userOf(c).id, body.certificationId, body),
  );
  bindContract(app, reg, practice.readiness, (c, { query }) =>
    getReadiness(c.get('ctx'), userOf(c).id, query.certificationId),
  );

  bindContract(app, reg, practice.listCredentials, async (c) => ({
    credentials: await listCredentials(c.get('ctx'), userOf(c).id),
  }));
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/credentials',
      tag,
      summary: 'Add an earned credential (Open Badges 2/3 file or link)',
      body: CredentialImportInput,
      maxBody: 256 * 1024,
      response: ExternalCredential,
      status: 201,
    },
    async (c, { body }) => c.json(await importCredential(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/practice/credentials/:id',
      tag,
      summary: 'Remove an external credential',
    },
    async (c) => {
      await deleteCredential(c.get('ctx'), userOf(c).id, param(c));
      return c.body(null, 204);
    },
  );
}
