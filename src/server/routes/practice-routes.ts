import type { Hono } from 'hono';
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
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

const param = (c: { req: { param(k: string): string | undefined } }, k = 'id') =>
  c.req.param(k) ?? '';

/** Mock client briefs, submissions, reviews, peer review, scaffolding, spaced review, certifications. */
export function practiceRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
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
  bindContract(app, reg, practice.aiReview, (c) => aiReview(c.get('ctx'), userOf(c).id, param(c)));
  bindContract(app, reg, practice.share, (c, { body }) =>
    shareForReview(c.get('ctx'), userOf(c).id, param(c), body),
  );
  bindContract(app, reg, practice.listPeerRequests, async (c) => ({
    requests: await listPeerRequests(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, practice.getPeerRequest, (c) =>
    getPeerRequest(c.get('ctx'), userOf(c).id, param(c, 'token')),
  );
  bindContract(app, reg, practice.answerPeerRequest, (c, { body }) =>
    submitPeerReview(c.get('ctx'), userOf(c).id, param(c, 'token'), body),
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
  bindContract(app, reg, practice.importCredential, (c, { body }) =>
    importCredential(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, practice.deleteCredential, async (c) => {
    await deleteCredential(c.get('ctx'), userOf(c).id, param(c));
  });
}
