import { z } from 'zod';
import {
  AnswerQuestionInput,
  Brief,
  CertificationView,
  CreateBriefInput,
  CreateCardsInput,
  ExamAnswerResult,
  ExamQuestion,
  ExternalCredential,
  MAX_FILE_BYTES,
  MAX_FILES,
  ManualCardInput,
  PeerRequest,
  Readiness,
  Review,
  ReviewCard,
  ReviewQueue,
  ScaffoldOverrideInput,
  ScaffoldState,
  Submission,
} from '../practice.ts';
import { contract } from './contract.ts';

const tag = 'practice';
const CertificationId = z.string().min(1).max(120);

const SkillId = z.string().min(1).max(120);

/**
 * Practice routes declared as contracts: mock client briefs, scaffolding, spaced review, credentials
 * and certification prep (the catalog, exam-style questions, answers, readiness per objective).
 * Still declared in `server/routes/practice-routes.ts`: the model review, sharing, one peer
 * request and its answer, credential import and removal.
 */
export const practiceContracts = {
  createBrief: contract({
    method: 'post',
    path: '/api/practice/briefs',
    tag,
    summary: 'Create a mock client brief for a skill and level',
    body: CreateBriefInput,
    response: Brief,
    status: 201,
  }),
  listBriefs: contract({
    method: 'get',
    path: '/api/practice/briefs',
    tag,
    summary: 'Your briefs, newest first',
    query: z.object({ skillId: z.string().max(120).optional() }),
    response: z.object({ briefs: z.array(Brief) }),
  }),
  getBrief: contract({
    method: 'get',
    path: '/api/practice/briefs/:id',
    tag,
    summary: 'One of your briefs',
    response: Brief,
  }),
  // Routes that name a record take `z.unknown()` bodies: the domain checks ownership first and
  // validates after (SubmitInput, SelfReviewInput, AnswerCardInput), so another user's id
  // answers 404 whatever the body.
  submit: contract({
    method: 'post',
    path: '/api/practice/briefs/:id/submissions',
    tag,
    summary: `Submit a deliverable (text, links, up to ${MAX_FILES} files of ${MAX_FILE_BYTES} bytes)`,
    body: z.unknown(),
    maxBody: 3 * 1024 * 1024,
    response: Submission,
    status: 201,
  }),
  listReviews: contract({
    method: 'get',
    path: '/api/practice/briefs/:id/reviews',
    tag,
    summary: 'Reviews of a brief',
    response: z.object({ reviews: z.array(Review) }),
  }),
  selfReview: contract({
    method: 'post',
    path: '/api/practice/briefs/:id/self-review',
    tag,
    summary: 'Review your own submission per rubric criterion (body: SelfReviewInput)',
    body: z.unknown(),
    response: Review,
    status: 201,
  }),
  listPeerRequests: contract({
    method: 'get',
    path: '/api/practice/peer-requests',
    tag,
    summary: 'Review requests addressed to you',
    response: z.object({ requests: z.array(PeerRequest) }),
  }),
  getScaffold: contract({
    method: 'get',
    path: '/api/practice/scaffolding',
    tag,
    summary: 'The help level your briefs of a skill use',
    query: z.object({ skillId: SkillId }),
    response: ScaffoldState,
  }),
  setScaffold: contract({
    method: 'put',
    path: '/api/practice/scaffolding',
    tag,
    summary: 'Override (or clear) the help level for a skill',
    body: ScaffoldOverrideInput.extend({ skillId: SkillId }),
    response: ScaffoldState,
  }),
  reviewQueue: contract({
    method: 'get',
    path: '/api/practice/reviews/queue',
    tag,
    summary: "Today's spaced-review queue within your time budget",
    response: ReviewQueue.extend({ forecast: z.array(z.number()) }),
  }),
  cardsFromPath: contract({
    method: 'post',
    path: '/api/practice/cards/from-path',
    tag,
    summary: "Turn a path's key concepts into review cards",
    body: CreateCardsInput,
    response: z.object({ created: z.number() }),
  }),
  addCard: contract({
    method: 'post',
    path: '/api/practice/cards',
    tag,
    summary: 'Add your own review card',
    body: ManualCardInput,
    response: ReviewCard,
    status: 201,
  }),
  answerCard: contract({
    method: 'post',
    path: '/api/practice/cards/:id/answer',
    tag,
    summary: 'Answer a review card (body: AnswerCardInput); FSRS schedules the next review',
    body: z.unknown(),
    response: ReviewCard,
  }),
  listCredentials: contract({
    method: 'get',
    path: '/api/practice/credentials',
    tag,
    summary: 'Your external credentials, verified or self-reported',
    response: z.object({ credentials: z.array(ExternalCredential) }),
  }),
  listCertifications: contract({
    method: 'get',
    path: '/api/practice/certifications',
    tag,
    summary: 'The certification catalog (issuer, official page, exam format, weighted objectives)',
    response: z.object({ certifications: z.array(CertificationView) }),
  }),
  examQuestions: contract({
    method: 'get',
    path: '/api/practice/exam/questions',
    tag,
    summary: 'Exam-style practice questions, weakest objectives first',
    query: z.object({
      certificationId: CertificationId,
      count: z.coerce.number().int().min(1).max(10).default(5),
    }),
    response: z.object({ questions: z.array(ExamQuestion) }),
  }),
  answerExamQuestion: contract({
    method: 'post',
    path: '/api/practice/exam/answers',
    tag,
    summary: 'Answer an exam-style question',
    body: AnswerQuestionInput.extend({
      certificationId: CertificationId,
      questionId: z.string().min(1).max(4000),
    }),
    response: ExamAnswerResult,
  }),
  readiness: contract({
    method: 'get',
    path: '/api/practice/exam/readiness',
    tag,
    summary: 'Readiness per exam objective (rolling accuracy)',
    query: z.object({ certificationId: CertificationId }),
    response: Readiness,
  }),
};
