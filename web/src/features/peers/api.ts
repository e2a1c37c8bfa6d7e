import type { z } from 'zod';
import { pathsContracts as paths } from '../../../../src/shared/contracts/paths.ts';
import {
  peersCircleContracts as circles,
  peersContracts as peers,
} from '../../../../src/shared/contracts/peers.ts';
import { practiceContracts as practice } from '../../../../src/shared/contracts/practice.ts';
import type {
  ExchangeRequestInput,
  InviteCreated,
  PeerProfileInput,
  QuestionInput,
  ReportInput,
  ShareInput,
} from '../../../../src/shared/peers.ts';
import { api } from '../../api/client.ts';

export type { InboxQuestion } from '../../../../src/shared/contracts/peers.ts';
export type InviteInfo = z.infer<typeof InviteCreated>;
/** An item a report names, rather than the person alone. */
export type ReportedItem = Required<Pick<z.input<typeof ReportInput>, 'itemType' | 'itemId'>>;

/** Typed calls to the peer-learning API (`/api/peers/**`), through its contracts. */
export const peersApi = {
  profile: () => api.call(peers.getProfile),
  saveProfile: (body: PeerProfileInput) => api.call(peers.saveProfile, { body }),
  matches: () => api.call(peers.listMatches),

  exchanges: () => api.call(peers.listExchanges),
  requestExchange: (body: ExchangeRequestInput) => api.call(peers.requestExchange, { body }),
  respond: (id: string, answer: 'accept' | 'decline') =>
    api.call(answer === 'accept' ? peers.acceptExchange : peers.declineExchange, {
      params: { id },
    }),
  messages: (id: string) => api.call(peers.listMessages, { params: { id } }),
  postMessage: (id: string, body: string) =>
    api.call(peers.postMessage, { params: { id }, body: { body } }),
  recordTeaching: (id: string, body: { skillId: string; note: string }) =>
    api.call(peers.recordTeaching, { params: { id }, body }),
  confirmTeaching: (id: string, teachingId: string) =>
    api.call(peers.confirmTeaching, { params: { id, teachingId } }),

  ask: (body: QuestionInput) => api.call(peers.askPeers, { body }),
  myQuestions: () => api.call(peers.listQuestions),
  inbox: () => api.call(peers.inbox),
  answer: (id: string, body: { body: string; verdict: 'confirms' | 'corrects' | 'depends' }) =>
    api.call(peers.answerQuestion, { params: { id }, body }),
  decline: (id: string) => api.call(peers.declineQuestion, { params: { id } }),
  stepValidation: (pathId: string, stepId: string) =>
    api.call(peers.stepValidation, { query: { pathId, stepId } }),

  circles: () => api.call(circles.listCircles),
  createCircle: (body: { name: string; description: string }) =>
    api.call(circles.createCircle, { body }),
  joinCircle: (token: string) => api.call(circles.joinCircle, { body: { token } }),
  circle: (id: string) => api.call(circles.getCircle, { params: { id } }),
  invite: (id: string, email?: string) =>
    api.call(circles.invite, { params: { id }, body: email ? { email } : {} }),
  leave: (id: string) => api.call(circles.leaveCircle, { params: { id } }),
  removeMember: (id: string, userId: string) =>
    api.call(circles.removeMember, { params: { id, userId } }),
  invites: () => api.call(circles.listInvites),
  acceptInvite: (id: string) => api.call(circles.acceptInvite, { params: { id } }),

  myShares: () => api.call(circles.listShares),
  publicShares: () => api.call(circles.listPublicShares),
  share: (body: ShareInput) => api.call(circles.share, { body }),
  unshare: (id: string) => api.call(circles.unshare, { params: { id } }),

  blocks: () => api.call(circles.listBlocks),
  block: (userId: string) => api.call(circles.block, { body: { userId } }),
  unblock: (userId: string) => api.call(circles.unblock, { params: { userId } }),
  report: (body: z.input<typeof ReportInput>) => api.call(circles.report, { body }),
  credits: () => api.call(circles.credits),

  /** Your paths and practice briefs, for choosing what to share as an outline. */
  paths: () => api.call(paths.list),
  briefs: () => api.call(practice.listBriefs),
  /** A path, for the step a question is about. */
  path: (id: string) => api.call(paths.get, { params: { id } }),
};
