import type { Hono } from 'hono';
import { z } from 'zod';
import * as peers from '../../domain/peers/index.ts';
import {
  Exchange,
  ExchangeRequestInput,
  Message,
  PeerAnnotation,
  PeerMatches,
  PeerProfileInput,
  PeerProfileView,
  Question,
  QuestionInput,
  StepPeerValidation,
  Teaching,
} from '../../shared/peers.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';
import { bindUserRoutes } from '../user-route.ts';

// Routes that name a record take `z.unknown()` bodies: the domain checks membership first (so
// outsiders get 404 whatever they send) and validates the body after.
const Any = z.unknown();

/** Peer learning: profile, matches, exchanges and threads, questions (circles: `peersCircleRoutes`). */
export function peersRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const user = bindUserRoutes(app, reg, 'peers');
  user(
    {
      method: 'get',
      path: '/api/peers/profile',
      summary: 'Your peer profile and what the matcher derives from it',
      response: PeerProfileView,
    },
    ({ ctx, userId }) => peers.getPeerProfile(ctx, userId),
  );
  user(
    {
      method: 'put',
      path: '/api/peers/profile',
      summary: 'Opt in or out, and set wants, niches, segments and per-field visibility',
      body: PeerProfileInput,
      response: PeerProfileView,
    },
    ({ ctx, userId, body }) => peers.updatePeerProfile(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/matches',
      summary: 'Your 10 best complementary, non-competing matches, each explained',
      response: PeerMatches,
    },
    ({ ctx, userId }) => peers.listMatches(ctx, userId),
  );

  user(
    {
      method: 'get',
      path: '/api/peers/exchanges',
      summary: 'Your skill exchanges',
      response: z.object({ exchanges: z.array(Exchange) }),
    },
    async ({ ctx, userId }) => ({ exchanges: await peers.listExchanges(ctx, userId) }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/exchanges',
      summary: 'Ask a peer for a skill exchange',
      body: ExchangeRequestInput,
      response: Exchange,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.requestExchange(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/exchanges/:id',
      summary: 'One of your exchanges',
      response: Exchange,
    },
    ({ ctx, userId, params }) => peers.getExchange(ctx, userId, params.id!),
  );
  for (const answer of ['accept', 'decline'] as const) {
    user(
      {
        method: 'post',
        path: `/api/peers/exchanges/:id/${answer}`,
        summary: `${answer === 'accept' ? 'Accept' : 'Decline'} an exchange request addressed to you`,
        response: Exchange,
      },
      ({ ctx, userId, params }) => peers.respondToExchange(ctx, userId, params.id!, answer),
    );
  }
  user(
    {
      method: 'get',
      path: '/api/peers/exchanges/:id/messages',
      summary: 'The private thread of an exchange',
      response: z.object({ messages: z.array(Message) }),
    },
    async ({ ctx, userId, params }) => ({
      messages: await peers.listMessages(ctx, userId, params.id!),
    }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/messages',
      summary: 'Post to an exchange thread',
      body: Any,
      response: Message,
      status: 201,
    },
    ({ ctx, userId, params, body }) => peers.postMessage(ctx, userId, params.id!, body),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/teachings',
      summary: 'Record what you taught in an exchange (skill + note)',
      body: Any,
      response: Teaching,
      status: 201,
    },
    ({ ctx, userId, params, body }) => peers.recordTeaching(ctx, userId, params.id!, body),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/teachings/:teachingId/confirm',
      summary: 'Confirm what you were taught: it becomes evidence for the teacher',
      response: Teaching,
    },
    ({ ctx, userId, params }) => peers.confirmTeaching(ctx, userId, params.id!, params.teachingId!),
  );

  user(
    {
      method: 'post',
      path: '/api/peers/questions',
      summary: 'Ask peers with verified evidence about a flagged step or tutor answer',
      body: QuestionInput,
      response: Question,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.askPeers(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/questions',
      summary: 'Questions you asked, with answers',
      response: z.object({ questions: z.array(Question) }),
    },
    async ({ ctx, userId }) => ({ questions: await peers.listMyQuestions(ctx, userId) }),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/inbox',
      summary: 'Questions routed to you (askers stay anonymous)',
      response: z.object({ questions: z.array(Question.extend({ answered: z.boolean() })) }),
    },
    async ({ ctx, userId }) => ({ questions: await peers.listQuestionInbox(ctx, userId) }),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/questions/:id',
      summary: 'A question you asked or that was routed to you',
      response: Question,
    },
    ({ ctx, userId, params }) => peers.getQuestion(ctx, userId, params.id!),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/questions/:id/answers',
      summary: 'Answer a question routed to you',
      body: Any,
      response: PeerAnnotation,
      status: 201,
    },
    ({ ctx, userId, params, body }) => peers.answerQuestion(ctx, userId, params.id!, body),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/questions/:id/decline',
      summary: 'Decline a question routed to you',
    },
    async ({ ctx, userId, params }) => {
      await peers.declineQuestion(ctx, userId, params.id!);
    },
  );
  user(
    {
      method: 'get',
      path: '/api/peers/annotations',
      summary: "Peer answers on one of your path's steps, and its confidence with them",
      query: z.object({ pathId: z.string().min(1).max(80), stepId: z.string().min(1).max(120) }),
      response: StepPeerValidation,
    },
    ({ ctx, userId, query }) =>
      peers.getStepPeerValidation(ctx, userId, query.pathId, query.stepId),
  );
}
