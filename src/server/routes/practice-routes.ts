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
  Brief,
  CreateBriefInput,
  CreateCardsInput,
  CredentialImportInput,
  ExternalCredential,
  MAX_FILE_BYTES,
  MAX_FILES,
  ManualCardInput,
  PeerRequest,
  Review,
  ReviewCard,
  ReviewQueue,
  ScaffoldOverrideInput,
  ScaffoldState,
  Submission,
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
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/briefs',
      tag,
      summary: 'Create a mock client brief for a skill and level',
      body: CreateBriefInput,
      response: Brief,
      status: 201,
    },
    async (c, { body }) => c.json(await createBrief(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/briefs',
      tag,
      summary: 'Your briefs, newest first',
      query: z.object({ skillId: z.string().max(120).optional() }),
      response: z.object({ briefs: z.array(Brief) }),
    },
    async (c, { query }) => c.json({ briefs: await listBriefs(c.get('ctx'), userOf(c).id, query) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/briefs/:id',
      tag,
      summary: 'One of your briefs',
      response: Brief,
    },
    async (c) => c.json(await getBrief(c.get('ctx'), userOf(c).id, param(c))),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/briefs/:id/submissions',
      tag,
      summary: `Submit a deliverable (text, links, up to ${MAX_FILES} files of ${MAX_FILE_BYTES} bytes)`,
      body: z.unknown(),
      maxBody: 3 * 1024 * 1024,
      response: Submission,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await submitDeliverable(c.get('ctx'), userOf(c).id, param(c), body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/briefs/:id/reviews',
      tag,
      summary: 'Reviews of a brief',
      response: z.object({ reviews: z.array(Review) }),
    },
    async (c) => c.json({ reviews: await listBriefReviews(c.get('ctx'), userOf(c).id, param(c)) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/briefs/:id/self-review',
      tag,
      summary: 'Review your own submission per rubric criterion (body: SelfReviewInput)',
      body: z.unknown(),
      response: Review,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await selfReview(c.get('ctx'), userOf(c).id, param(c), body), 201),
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
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/peer-requests',
      tag,
      summary: 'Review requests addressed to you',
      response: z.object({ requests: z.array(PeerRequest) }),
    },
    async (c) => c.json({ requests: await listPeerRequests(c.get('ctx'), userOf(c).id) }),
  );
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

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/scaffolding',
      tag,
      summary: 'The help level your briefs of a skill use',
      query: z.object({ skillId: z.string().min(1).max(120) }),
      response: ScaffoldState,
    },
    async (c, { query }) => c.json(await getScaffold(c.get('ctx'), userOf(c).id, query.skillId)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/practice/scaffolding',
      tag,
      summary: 'Override (or clear) the help level for a skill',
      body: ScaffoldOverrideInput.extend({ skillId: z.string().min(1).max(120) }),
      response: ScaffoldState,
    },
    async (c, { body }) =>
      c.json(await setScaffoldOverride(c.get('ctx'), userOf(c).id, body.skillId, body.override)),
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/reviews/queue',
      tag,
      summary: "Today's spaced-review queue within your time budget",
      response: ReviewQueue.extend({ forecast: z.array(z.number()) }),
    },
    async (c) => c.json(await getReviewQueue(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/cards/from-path',
      tag,
      summary: "Turn a path's key concepts into review cards",
      body: CreateCardsInput,
      response: z.object({ created: z.number() }),
    },
    async (c, { body }) =>
      c.json(await createCardsFromPath(c.get('ctx'), userOf(c).id, body.pathId)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/cards',
      tag,
      summary: 'Add your own review card',
      body: ManualCardInput,
      response: ReviewCard,
      status: 201,
    },
    async (c, { body }) => c.json(await addCard(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/practice/cards/:id/answer',
      tag,
      summary: 'Answer a review card (body: AnswerCardInput); FSRS schedules the next review',
      body: z.unknown(),
      response: ReviewCard,
    },
    async (c, { body }) => c.json(await answerCard(c.get('ctx'), userOf(c).id, param(c), body)),
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

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/practice/credentials',
      tag,
      summary: 'Your external credentials, verified or self-reported',
      response: z.object({ credentials: z.array(ExternalCredential) }),
    },
    async (c) => c.json({ credentials: await listCredentials(c.get('ctx'), userOf(c).id) }),
  );
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
