import { z } from 'zod';
import { PathSummary } from '../../../../src/shared/paths.ts';
import {
  Circle,
  CircleDetail,
  ContributionCreditView,
  Exchange,
  type ExchangeRequestInput,
  InviteCreated,
  Message,
  PeerAnnotation,
  PeerMatches,
  type PeerProfileInput,
  PeerProfileView,
  PendingInvite,
  Question,
  type QuestionInput,
  Share,
  type ShareInput,
  StepPeerValidation,
  Teaching,
} from '../../../../src/shared/peers.ts';
import { api } from '../../api/client.ts';

const enc = encodeURIComponent;
const ex = (id: string) => `/api/peers/exchanges/${enc(id)}`;

export const InboxQuestion = Question.extend({ answered: z.boolean() });
export type InboxQuestion = z.infer<typeof InboxQuestion>;
export const Blocked = z.object({ userId: z.string(), name: z.string(), createdAt: z.string() });
export type Blocked = z.infer<typeof Blocked>;
export type InviteInfo = z.infer<typeof InviteCreated>;

/** A practice brief as the share picker needs it (id and title only). */
const BriefRow = z.object({ id: z.string(), content: z.object({ title: z.string() }) });

/** Typed calls to the peer-learning API (`/api/peers/**`). */
export const peersApi = {
  profile: () => api.request('GET', '/api/peers/profile', { schema: PeerProfileView }),
  saveProfile: (body: PeerProfileInput) =>
    api.request('PUT', '/api/peers/profile', { body, schema: PeerProfileView }),
  matches: () => api.request('GET', '/api/peers/matches', { schema: PeerMatches }),

  exchanges: () =>
    api.request('GET', '/api/peers/exchanges', {
      schema: z.object({ exchanges: z.array(Exchange) }),
    }),
  requestExchange: (body: ExchangeRequestInput) =>
    api.request('POST', '/api/peers/exchanges', { body, schema: Exchange }),
  respond: (id: string, answer: 'accept' | 'decline') =>
    api.request('POST', `${ex(id)}/${answer}`, { schema: Exchange }),
  messages: (id: string) =>
    api.request('GET', `${ex(id)}/messages`, { schema: z.object({ messages: z.array(Message) }) }),
  postMessage: (id: string, body: string) =>
    api.request('POST', `${ex(id)}/messages`, { body: { body }, schema: Message }),
  recordTeaching: (id: string, body: { skillId: string; note: string }) =>
    api.request('POST', `${ex(id)}/teachings`, { body, schema: Teaching }),
  confirmTeaching: (id: string, teachingId: string) =>
    api.request('POST', `${ex(id)}/teachings/${enc(teachingId)}/confirm`, { schema: Teaching }),

  ask: (body: QuestionInput) =>
    api.request('POST', '/api/peers/questions', { body, schema: Question }),
  myQuestions: () =>
    api.request('GET', '/api/peers/questions', {
      schema: z.object({ questions: z.array(Question) }),
    }),
  inbox: () =>
    api.request('GET', '/api/peers/inbox', {
      schema: z.object({ questions: z.array(InboxQuestion) }),
    }),
  answer: (id: string, body: { body: string; verdict: 'confirms' | 'corrects' | 'depends' }) =>
    api.request('POST', `/api/peers/questions/${enc(id)}/answers`, {
      body,
      schema: PeerAnnotation,
    }),
  decline: (id: string) => api.request('POST', `/api/peers/questions/${enc(id)}/decline`),
  stepValidation: (pathId: string, stepId: string) =>
    api.request('GET', `/api/peers/annotations?pathId=${enc(pathId)}&stepId=${enc(stepId)}`, {
      schema: StepPeerValidation,
    }),

  circles: () =>
    api.request('GET', '/api/peers/circles', { schema: z.object({ circles: z.array(Circle) }) }),
  createCircle: (body: { name: string; description: string }) =>
    api.request('POST', '/api/peers/circles', { body, schema: Circle }),
  joinCircle: (token: string) =>
    api.request('POST', '/api/peers/circles/join', { body: { token }, schema: Circle }),
  circle: (id: string) =>
    api.request('GET', `/api/peers/circles/${enc(id)}`, { schema: CircleDetail }),
  invite: (id: string, email?: string) =>
    api.request('POST', `/api/peers/circles/${enc(id)}/invites`, {
      body: email ? { email } : {},
      schema: InviteCreated,
    }),
  leave: (id: string) =>
    api.request('POST', `/api/peers/circles/${enc(id)}/leave`, {
      schema: z.object({ deleted: z.boolean() }),
    }),
  removeMember: (id: string, userId: string) =>
    api.request('DELETE', `/api/peers/circles/${enc(id)}/members/${enc(userId)}`),
  invites: () =>
    api.request('GET', '/api/peers/invites', {
      schema: z.object({ invites: z.array(PendingInvite) }),
    }),
  acceptInvite: (id: string) =>
    api.request('POST', `/api/peers/invites/${enc(id)}/accept`, { schema: Circle }),

  myShares: () =>
    api.request('GET', '/api/peers/shares', { schema: z.object({ shares: z.array(Share) }) }),
  publicShares: () =>
    api.request('GET', '/api/peers/public-shares', {
      schema: z.object({ shares: z.array(Share) }),
    }),
  share: (body: ShareInput) => api.request('POST', '/api/peers/shares', { body, schema: Share }),
  unshare: (id: string) => api.request('DELETE', `/api/peers/shares/${enc(id)}`),

  blocks: () =>
    api.request('GET', '/api/peers/blocks', { schema: z.object({ blocks: z.array(Blocked) }) }),
  block: (userId: string) => api.request('POST', '/api/peers/blocks', { body: { userId } }),
  unblock: (userId: string) => api.request('DELETE', `/api/peers/blocks/${enc(userId)}`),
  report: (body: { userId?: string; itemType?: string; itemId?: string; reason: string }) =>
    api.request('POST', '/api/peers/reports', { body }),
  credits: () =>
    api.request('GET', '/api/peers/credits', {
      schema: z.object({ credits: z.array(ContributionCreditView), total: z.number() }),
    }),

  /** Your paths and practice briefs, for choosing what to share as an outline. */
  paths: () =>
    api.request('GET', '/api/paths', { schema: z.object({ paths: z.array(PathSummary) }) }),
  briefs: () =>
    api.request('GET', '/api/practice/briefs', {
      schema: z.object({ briefs: z.array(BriefRow) }),
    }),
};
