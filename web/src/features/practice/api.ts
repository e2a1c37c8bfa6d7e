import type { z } from 'zod';
import type { ContractResult } from '../../../../src/shared/contracts/contract.ts';
import { evidenceContracts as ev } from '../../../../src/shared/contracts/evidence.ts';
import { modelContracts as model } from '../../../../src/shared/contracts/model.ts';
import { peersContracts as peers } from '../../../../src/shared/contracts/peers.ts';
import { practiceContracts as practice } from '../../../../src/shared/contracts/practice.ts';
import { progressContracts as progress } from '../../../../src/shared/contracts/progress.ts';
import { radarContracts as radar } from '../../../../src/shared/contracts/radar.ts';
import type {
  BriefLevel,
  ExamAnswerResult,
  ExamQuestion as ExamQuestionSchema,
  PeerRequest as PeerRequestSchema,
  Review,
  ScaffoldLevel,
  SubmitInput,
} from '../../../../src/shared/practice.ts';
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
  aiReview: (briefId: string) => api.call(practice.aiReview, { params: { id: briefId }, body: {} }),
  share: (briefId: string, reviewerUserId: string) =>
    api.call(practice.share, { params: { id: briefId }, body: { reviewerUserId } }),
  peerRequests: () => api.call(practice.listPeerRequests),
  peerRequest: (token: string) => api.call(practice.getPeerRequest, { params: { token } }),
  peerReview: (token: string, scores: Review['scores']) =>
    api.call(practice.answerPeerRequest, { params: { token }, body: { scores } }),
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
    api.call(practice.importCredential, { body }),
  deleteCredential: (credentialId: string) =>
    api.call(practice.deleteCredential, { params: { id: credentialId } }),
  evidence: (evidenceId: string) => api.call(ev.getEntry, { params: { id: evidenceId } }),
  posts: () => api.call(radar.listPosts, { query: { limit: 100 } }),
  matches: () => api.call(peers.listMatches),
  progressView: () => api.call(progress.getView),
  modelStatus: () => api.call(model.getSettings),
};
