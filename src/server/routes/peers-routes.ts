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
import { type AppEnv, bindRoutes, type RouteRegistry, userOf } from '../route.ts';

// Routes that name a record take `z.unknown()` bodies: the domain checks membership first (so
// outsiders get 404 whatever they send) and validates the body after.
const Any = z.unknown();
const tag = 'peers';

/** Peer learning: profile, matches, exchanges and threads, questions (circles: `peersCircleRoutes`). */
export function peersRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const route = bindRoutes(app, reg);
  route(
    {
      method: 'get',
      path: '/api/peers/profile',
      tag,
      summary: 'Your peer profile and what the matcher derives from it',
      response: PeerProfileView,
    },
    async (c) => c.json(await peers.getPeerProfile(c.get('ctx'), userOf(c).id)),
  );
  route(
    {
      method: 'put',
      path: '/api/peers/profile',
      tag,
      summary: 'Opt in or out, and set wants, niches, segments and per-field visibility',
      body: PeerProfileInput,
      response: PeerProfileView,
    },
    async (c, { body }) => c.json(await peers.updatePeerProfile(c.get('ctx'), userOf(c).id, body)),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/matches',
      tag,
      summary: 'Your 10 best complementary, non-competing matches, each explained',
      response: PeerMatches,
    },
    async (c) => c.json(await peers.listMatches(c.get('ctx'), userOf(c).id)),
  );

  route(
    {
      method: 'get',
      path: '/api/peers/exchanges',
      tag,
      summary: 'Your skill exchanges',
      response: z.object({ exchanges: z.array(Exchange) }),
    },
    async (c) => c.json({ exchanges: await peers.listExchanges(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/exchanges',
      tag,
      summary: 'Ask a peer for a skill exchange',
      body: ExchangeRequestInput,
      response: Exchange,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.requestExchange(c.get('ctx'), userOf(c).id, body), 201),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/exchanges/:id',
      tag,
      summary: 'One of your exchanges',
      response: Exchange,
    },
    async (c) => c.json(await peers.getExchange(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );
  for (const answer of ['accept', 'decline'] as const) {
    route(
      {
        method: 'post',
        path: `/api/peers/exchanges/:id/${answer}`,
        tag,
        summary: `${answer === 'accept' ? 'Accept' : 'Decline'} an exchange request addressed to you`,
        response: Exchange,
      },
      async (c) =>
        c.json(
          await peers.respondToExchange(c.get('ctx'), userOf(c).id, c.req.param('id')!, answer),
        ),
    );
  }
  route(
    {
      method: 'get',
      path: '/api/peers/exchanges/:id/messages',
      tag,
      summary: 'The private thread of an exchange',
      response: z.object({ messages: z.array(Message) }),
    },
    async (c) =>
      c.json({
        messages: await peers.listMessages(c.get('ctx'), userOf(c).id, c.req.param('id')!),
      }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/messages',
      tag,
      summary: 'Post to an exchange thread',
      body: Any,
      response: Message,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.postMessage(c.get('ctx'), userOf(c).id, c.req.param('id')!, body), 201),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/teachings',
      tag,
      summary: 'Record what you taught in an exchange (skill + note)',
      body: Any,
      response: Teaching,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.recordTeaching(c.get('ctx'), userOf(c).id, c.req.param('id')!, body), 201),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/exchanges/:id/teachings/:teachingId/confirm',
      tag,
      summary: 'Confirm what you were taught: it becomes evidence for the teacher',
      response: Teaching,
    },
    async (c) =>
      c.json(
        await peers.confirmTeaching(
          c.get('ctx'),
          userOf(c).id,
          c.req.param('id')!,
          c.req.param('teachingId')!,
        ),
      ),
  );

  route(
    {
      method: 'post',
      path: '/api/peers/questions',
      tag,
      summary: 'Ask peers with verified evidence about a flagged step or tutor answer',
      body: QuestionInput,
      response: Question,
      status: 201,
    },
    async (c, { body }) => c.json(await peers.askPeers(c.get('ctx'), userOf(c).id, body), 201),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/questions',
      tag,
      summary: 'Questions you asked, with answers',
      response: z.object({ questions: z.array(Question) }),
    },
    async (c) => c.json({ questions: await peers.listMyQuestions(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/inbox',
      tag,
      summary: 'Questions routed to you (askers stay anonymous)',
      response: z.object({ questions: z.array(Question.extend({ answered: z.boolean() })) }),
    },
    async (c) => c.json({ questions: await peers.listQuestionInbox(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/questions/:id',
      tag,
      summary: 'A question you asked or that was routed to you',
      response: Question,
    },
    async (c) => c.json(await peers.getQuestion(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/questions/:id/answers',
      tag,
      summary: 'Answer a question routed to you',
      body: Any,
      response: PeerAnnotation,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.answerQuestion(c.get('ctx'), userOf(c).id, c.req.param('id')!, body), 201),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/questions/:id/decline',
      tag,
      summary: 'Decline a question routed to you',
    },
    async (c) => {
      await peers.declineQuestion(c.get('ctx'), userOf(c).id, c.req.param('id')!);
      return c.body(null, 204);
    },
  );
  route(
    {
      method: 'get',
      path: '/api/peers/annotations',
      tag,
      summary: "Peer answers on one of your path's steps, and its confidence with them",
      query: z.object({ pathId: z.string().min(1).max(80), stepId: z.string().min(1).max(120) }),
      response: StepPeerValidation,
    },
    async (c, { query }) =>
      c.json(
        await peers.getStepPeerValidation(c.get('ctx'), userOf(c).id, query.pathId, query.stepId),
      ),
  );
}
