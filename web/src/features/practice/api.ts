import { z } from 'zod';
import { practiceContracts as practice } from '../../../../src/shared/contracts/practice.ts';
import { EvidenceEntry } from '../../../../src/shared/evidence.ts';
import { PeerMatches } from '../../../../src/shared/peers.ts';
import {
  Brief,
  type BriefLevel,
  type ExamAnswerResult,
  type ExamQuestion as ExamQuestionSchema,
  ExternalCredential,
  PeerRequest as PeerRequestSchema,
  Review,
  ReviewCard,
  ReviewQueue,
  type ScaffoldLevel,
  ScaffoldState,
  Submission,
  type SubmitInput,
} from '../../../../src/shared/practice.ts';
import { ProgressView } from '../../../../src/shared/progress.ts';
import { PostList } from '../../../../src/shared/radar.ts';
import { api } from '../../api/client.ts';

export type {
  CertificationView as Certification,
  Readiness,
} from '../../../../src/shared/practice.ts';
export type ExamAnswer = ExamAnswerResult;

// Shapes the practice routes answer but `src/shared/practice.ts` does not export.

export type ExamQuestion = z.infer<typeof ExamQuestionSchema>;
export type PeerRequest = z.infer<typeof PeerRequestSchema>;

const Queue = ReviewQueue.extend({ forecast: z.array(z.number()) });
export type Queue = z.infer<typeof Queue>;

/** The part of `GET /api/settings/model` the practice screens need. */
const ModelStatus = z.object({ active: z.enum(['user', 'instance', 'offline']) });

const q = (params: Record<string, string | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, v);
  return s.toString();
};
const id = encodeURIComponent;

/** Typed calls to the practice API (and the few neighbours the practice screens read). */
export const practiceApi = {
  briefs: (skillId?: string) =>
    api.request('GET', `/api/practice/briefs?${q({ skillId })}`, {
      schema: z.object({ briefs: z.array(Brief) }),
    }),
  brief: (briefId: string) =>
    api.request('GET', `/api/practice/briefs/${id(briefId)}`, { schema: Brief }),
  createBrief: (body: { skillId: string; level: BriefLevel; postId?: string; useModel: boolean }) =>
    api.request('POST', '/api/practice/briefs', { body, schema: Brief }),
  submit: (briefId: string, body: SubmitInput) =>
    api.request('POST', `/api/practice/briefs/${id(briefId)}/submissions`, {
      body,
      schema: Submission,
    }),
  reviews: (briefId: string) =>
    api.request('GET', `/api/practice/briefs/${id(briefId)}/reviews`, {
      schema: z.object({ reviews: z.array(Review) }),
    }),
  selfReview: (briefId: string, scores: Review['scores']) =>
    api.request('POST', `/api/practice/briefs/${id(briefId)}/self-review`, {
      body: { scores },
      schema: Review,
    }),
  aiReview: (briefId: string) =>
    api.request('POST', `/api/practice/briefs/${id(briefId)}/ai-review`, {
      body: {},
      schema: Review,
    }),
  share: (briefId: string, reviewerUserId: string) =>
    api.request('POST', `/api/practice/briefs/${id(briefId)}/share`, {
      body: { reviewerUserId },
      schema: z.object({ shareId: z.string(), token: z.string(), status: z.literal('pending') }),
    }),
  peerRequests: () =>
    api.request('GET', '/api/practice/peer-requests', {
      schema: z.object({ requests: z.array(PeerRequestSchema) }),
    }),
  peerRequest: (token: string) =>
    api.request('GET', `/api/practice/peer-requests/${id(token)}`, { schema: PeerRequestSchema }),
  peerReview: (token: string, scores: Review['scores']) =>
    api.request('POST', `/api/practice/peer-requests/${id(token)}/review`, {
      body: { scores },
      schema: z.object({ id: z.string(), average: z.number() }),
    }),
  scaffold: (skillId: string) =>
    api.request('GET', `/api/practice/scaffolding?${q({ skillId })}`, { schema: ScaffoldState }),
  setScaffold: (skillId: string, override: ScaffoldLevel | null) =>
    api.request('PUT', '/api/practice/scaffolding', {
      body: { skillId, override },
      schema: ScaffoldState,
    }),
  queue: () => api.request('GET', '/api/practice/reviews/queue', { schema: Queue }),
  answerCard: (cardId: string, rating: 'again' | 'hard' | 'good' | 'easy') =>
    api.request('POST', `/api/practice/cards/${id(cardId)}/answer`, {
      body: { rating },
      schema: ReviewCard,
    }),
  certifications: () => api.call(practice.listCertifications),
  questions: (certificationId: string, count = 5) =>
    api.call(practice.examQuestions, { query: { certificationId, count } }),
  answerQuestion: (certificationId: string, questionId: string, choice: number) =>
    api.call(practice.answerExamQuestion, { body: { certificationId, questionId, choice } }),
  readiness: (certificationId: string) =>
    api.call(practice.readiness, { query: { certificationId } }),
  credentials: () =>
    api.request('GET', '/api/practice/credentials', {
      schema: z.object({ credentials: z.array(ExternalCredential) }),
    }),
  importCredential: (body: { url?: string; content?: string; title?: string; issuer?: string }) =>
    api.request('POST', '/api/practice/credentials', { body, schema: ExternalCredential }),
  deleteCredential: (credentialId: string) =>
    api.request('DELETE', `/api/practice/credentials/${id(credentialId)}`),
  evidence: (evidenceId: string) =>
    api.request('GET', `/api/evidence/${id(evidenceId)}`, { schema: EvidenceEntry }),
  posts: () => api.request('GET', '/api/radar/posts?limit=100', { schema: PostList }),
  matches: () => api.request('GET', '/api/peers/matches', { schema: PeerMatches }),
  progressView: () => api.request('GET', '/api/progress/view', { schema: ProgressView }),
  modelStatus: () => api.request('GET', '/api/settings/model', { schema: ModelStatus }),
};
