import type { Hono } from 'hono';
import * as peers from '../../domain/peers/index.ts';
import { peersContracts as k } from '../../shared/contracts/peers.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';
import { bindUserContracts } from '../user-contract.ts';

/** Peer learning: profile, matches, exchanges and threads, questions (circles: `peersCircleRoutes`). */
export function peersRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const on = bindUserContracts(app, reg);
  on(k.getProfile, ({ ctx, userId }) => peers.getPeerProfile(ctx, userId));
  on(k.saveProfile, ({ ctx, userId, body }) => peers.updatePeerProfile(ctx, userId, body));
  on(k.listMatches, ({ ctx, userId }) => peers.listMatches(ctx, userId));

  on(k.listExchanges, async ({ ctx, userId }) => ({
    exchanges: await peers.listExchanges(ctx, userId),
  }));
  on(k.requestExchange, ({ ctx, userId, body }) => peers.requestExchange(ctx, userId, body));
  on(k.getExchange, ({ ctx, userId, params }) => peers.getExchange(ctx, userId, params.id!));
  on(k.acceptExchange, ({ ctx, userId, params }) =>
    peers.respondToExchange(ctx, userId, params.id!, 'accept'),
  );
  on(k.declineExchange, ({ ctx, userId, params }) =>
    peers.respondToExchange(ctx, userId, params.id!, 'decline'),
  );
  on(k.listMessages, async ({ ctx, userId, params }) => ({
    messages: await peers.listMessages(ctx, userId, params.id!),
  }));
  on(k.postMessage, ({ ctx, userId, params, body }) =>
    peers.postMessage(ctx, userId, params.id!, body),
  );
  on(k.recordTeaching, ({ ctx, userId, params, body }) =>
    peers.recordTeaching(ctx, userId, params.id!, body),
  );
  on(k.confirmTeaching, ({ ctx, userId, params }) =>
    peers.confirmTeaching(ctx, userId, params.id!, params.teachingId!),
  );

  on(k.askPeers, ({ ctx, userId, body }) => peers.askPeers(ctx, userId, body));
  on(k.listQuestions, async ({ ctx, userId }) => ({
    questions: await peers.listMyQuestions(ctx, userId),
  }));
  on(k.inbox, async ({ ctx, userId }) => ({
    questions: await peers.listQuestionInbox(ctx, userId),
  }));
  on(k.getQuestion, ({ ctx, userId, params }) => peers.getQuestion(ctx, userId, params.id!));
  on(k.answerQuestion, ({ ctx, userId, params, body }) =>
    peers.answerQuestion(ctx, userId, params.id!, body),
  );
  on(k.declineQuestion, async ({ ctx, userId, params }) => {
    await peers.declineQuestion(ctx, userId, params.id!);
  });
  on(k.stepValidation, ({ ctx, userId, query }) =>
    peers.getStepPeerValidation(ctx, userId, query.pathId, query.stepId),
  );
}
