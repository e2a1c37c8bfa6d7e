import { z } from 'zod';
import { Profile } from '../accounts.ts';
import {
  AddPostResult,
  BriefInput,
  ClientRequestInput,
  ExtractInput,
  ExtractResult,
  FeedInfo,
  FeedInput,
  FeedPatch,
  GapResult,
  LearnNextResult,
  OnboardingConfirm,
  OnboardingInput,
  OnboardingSuggestions,
  PollResult,
  PostInfo,
  PostList,
  PostListQuery,
  TrajectoriesResult,
  TrendsQuery,
  TrendsResult,
} from '../radar.ts';
import { contract } from './contract.ts';

const TAG = 'radar';
const RoleQuery = z.object({ role: z.string().min(1).max(120).optional() });

/**
 * A body validated in the domain verb after the ownership check (so another user's id
 * answers 404, not 400), documented in OpenAPI with the real schema.
 */
export function validatedLater(schema: z.ZodType) {
  const { $schema: _drop, ...doc } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return z.unknown().meta(doc);
}

/**
 * Radar: insight (extraction, trends, trajectories, gap, learn-next, onboarding), your posts,
 * briefs and client requests (201 added, 200 duplicate), and job feeds. Imports have their own
 * contract file.
 */
export const radarContracts = {
  extract: contract({
    method: 'post',
    path: '/api/radar/extract',
    tag: TAG,
    summary:
      'Skills a text names, with character spans: exactly what posts, briefs and client requests store',
    body: ExtractInput,
    response: ExtractResult,
  }),
  trends: contract({
    method: 'get',
    path: '/api/radar/trends',
    tag: TAG,
    summary: 'Market demand per skill and domain by month, with rising and falling skills',
    query: TrendsQuery,
    response: TrendsResult,
  }),
  trajectories: contract({
    method: 'get',
    path: '/api/radar/trajectories',
    tag: TAG,
    summary: 'Roles your held and client-requested skills point to, best first',
    query: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }),
    response: TrajectoriesResult,
  }),
  gap: contract({
    method: 'get',
    path: '/api/radar/gap',
    tag: TAG,
    summary: 'Skill gap to a target role (role=…, else your profile target, else best trajectory)',
    query: RoleQuery,
    response: GapResult,
  }),
  learnNext: contract({
    method: 'get',
    path: '/api/radar/learn-next',
    tag: TAG,
    summary: 'Ranked skills to learn next, with weights, factor values and reasons',
    query: RoleQuery.extend({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
    response: LearnNextResult,
  }),
  suggestSkills: contract({
    method: 'post',
    path: '/api/radar/onboarding/suggest',
    tag: TAG,
    summary: 'Suggest profile skills from a pasted CV ({ cvText }) or a JSON Resume ({ resume })',
    body: OnboardingInput,
    response: OnboardingSuggestions,
  }),
  listPosts: contract({
    method: 'get',
    path: '/api/radar/posts',
    tag: TAG,
    summary: 'Your demand signals, newest first',
    query: PostListQuery,
    response: PostList,
  }),
  deletePost: contract({
    method: 'delete',
    path: '/api/radar/posts/:id',
    tag: TAG,
    summary: 'Delete a post and its extracted skills',
  }),
  addBrief: contract({
    method: 'post',
    path: '/api/radar/briefs',
    tag: TAG,
    summary: 'Paste a client brief (201 added; 200 with status duplicate/near_duplicate)',
    body: BriefInput,
    response: AddPostResult,
    status: 201,
    alsoStatus: [200],
  }),
  listClients: contract({
    method: 'get',
    path: '/api/radar/clients',
    tag: TAG,
    summary: 'Your own client requests, newest first',
    query: PostListQuery.omit({ source: true }),
    response: PostList,
  }),
  addClient: contract({
    method: 'post',
    path: '/api/radar/clients',
    tag: TAG,
    summary: 'Record a past or current client request',
    body: ClientRequestInput,
    response: AddPostResult,
    status: 201,
    alsoStatus: [200],
  }),
  updateClient: contract({
    method: 'put',
    path: '/api/radar/clients/:id',
    tag: TAG,
    summary: 'Replace a client request (skills re-extracted)',
    body: validatedLater(ClientRequestInput),
    response: PostInfo,
  }),
  deleteClient: contract({
    method: 'delete',
    path: '/api/radar/clients/:id',
    tag: TAG,
    summary: 'Delete a client request',
  }),
  listFeeds: contract({
    method: 'get',
    path: '/api/radar/feeds',
    tag: TAG,
    summary: 'Your job feeds',
    response: z.object({ feeds: z.array(FeedInfo) }),
  }),
  addFeed: contract({
    method: 'post',
    path: '/api/radar/feeds',
    tag: TAG,
    summary: 'Follow an RSS, Atom or JSON Feed of job posts (polled every intervalMinutes)',
    body: FeedInput,
    response: FeedInfo,
    status: 201,
  }),
  updateFeed: contract({
    method: 'patch',
    path: '/api/radar/feeds/:id',
    tag: TAG,
    summary: 'Rename, re-time, pause or resume a feed',
    body: validatedLater(FeedPatch),
    response: FeedInfo,
  }),
  deleteFeed: contract({
    method: 'delete',
    path: '/api/radar/feeds/:id',
    tag: TAG,
    summary: 'Stop following a feed (its posts stay)',
  }),
  pollFeed: contract({
    method: 'post',
    path: '/api/radar/feeds/:id/poll',
    tag: TAG,
    summary: 'Poll a feed now (conditional request; 304 adds nothing)',
    response: PollResult,
  }),
  confirmSkills: contract({
    method: 'post',
    path: '/api/radar/onboarding/confirm',
    tag: TAG,
    summary: 'Merge confirmed skills (id and level) into your profile',
    body: OnboardingConfirm,
    response: Profile,
  }),
};
