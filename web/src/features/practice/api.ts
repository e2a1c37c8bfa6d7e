import { z } from 'zod';
import type { ContractResult } from '../../../../src/shared/contracts/contract.ts';
import { practiceContracts as practice } from '../../../../src/shared/contracts/practice.ts';
import { EvidenceEntry } from '../../../../src/shared/evidence.ts';
import { PeerMatches } from '../../../../src/shared/peers.ts';
import {
  type BriefLevel,
  type ExamAnswerResult,
  type ExamQuestion as ExamQuestionSchema,
  ExternalCredential,
  PeerRequest as PeerRequestSchema,
  Review,
  type ScaffoldLevel,
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

export type Queue = ContractResult<typeof practice.reviewQueue>;

/** The part of `GET /api/settings/model` the practice screens need. */
const ModelStatus = z.object({ active: z.enum(['user', 'instance', 'offline']) });

const id = encodeURIComponent;

/** Typed calls to the practice API (and the few neighbours the practice screens read). */
export const practiceApi = {
  briefs: (skillId?: string) => api.call(practice.listBriefs, { query: { skillId } }),
  brief: (briefId: string) => api.call(practice.getBrief, { params: { id: briefId } }),
  createBrief: (body: { skillId: string; level: BriefLevel; postId?: string; useModel: boolean }) =>
    api.call(practice.createBrief, { body }),
  submit: (briefId: string, body: SubmitInput) =>
    api.call(practice.submit, { params: { id: briefId }, body }),
  reviews: (briefId: string) => api.call(practice.listReviews, { params: { id: briefId } }),
  selfReview: (briefId: string, scores: Review['scores']) =>
    api.call(practice.selfReview, { params: { id: briefId }, body: { scores } }),
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
  peerRequests: () => api.call(practice.listPeerRequests),
  peerRequest: (token: string) =>
    api.request('GET', `/api/practice/peer-requests/${id(token)}`, { schema: PeerRequestSchema }),
  peerReview: (token: string, scores: Review['scores']) =>
    api.request('POST', `/api/practice/peer-requests/${id(token)}/review`, {
      body: { scores },
      schema: z.object({ id: z.string(), average: z.number() }),
    }),
  scaffold: (skillId: string) => api.call(practice.getScaffold, { query: { skillId } }),
  setScaffold: (skillId: string, override: ScaffoldLevel | null) =>
    api.call(practice.setScaffold, { body: { skillId, override } }),
  queue: () => api.call(practice.reviewQueue),
  answerCard: (cardId: string, rating: 'again' | 'hard' | 'good' | 'easy') =>
    api.call(practice.answerCard, { params: { id: cardId }, body: { rating } }),
  certifications: () => api.call(practice.listCertifications),
  questions: (certificationId: string, count = 5) =>
    api.call(practice.examQuestions, { query: { certificationId, count } }),
  answerQuestion: (certificationId: string, questionId: string, choice: number) =>
    api.call(practice.answerExamQuestion, { body: { certificationId, questionId, choice } }),
  readiness: (certificationId: string) =>
    api.call(practice.readiness, { query: { certificationId } }),
  credentials: () => api.call(practice.listCredentials),
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
