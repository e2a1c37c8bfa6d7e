import type { Hono } from 'hono';
import { z } from 'zod';
import {
  confirmProfileSkills,
  extractFromText,
  getGap,
  getLearnNext,
  getTrajectories,
  getTrends,
  STORED_EXTRACTION,
  suggestProfileSkills,
} from '../../domain/radar/index.ts';
import { Profile } from '../../shared/accounts.ts';
import {
  ExtractInput,
  ExtractResult,
  GapResult,
  LearnNextResult,
  OnboardingConfirm,
  OnboardingInput,
  OnboardingSuggestions,
  TrajectoriesResult,
  TrendsQuery,
  TrendsResult,
} from '../../shared/radar.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

const TAG = 'radar';
const RoleQuery = z.object({ role: z.string().min(1).max(120).optional() });

/** Radar insight: extraction, trends, trajectories, gap, learn-next, onboarding. */
export function radarInsightRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/extract',
      tag: TAG,
      summary:
        'Skills a text names, with character spans: exactly what posts, briefs and client requests store',
      body: ExtractInput,
      response: ExtractResult,
    },
    async (c, { body }) =>
      c.json({ skills: await extractFromText(c.get('ctx'), body.text, STORED_EXTRACTION) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/trends',
      tag: TAG,
      summary: 'Market demand per skill and domain by month, with rising and falling skills',
      query: TrendsQuery,
      response: TrendsResult,
    },
    async (c, { query }) => c.json(await getTrends(c.get('ctx'), userOf(c).id, query)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/trajectories',
      tag: TAG,
      summary: 'Roles your held and client-requested skills point to, best first',
      query: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }),
      response: TrajectoriesResult,
    },
    async (c, { query }) =>
      c.json({ trajectories: await getTrajectories(c.get('ctx'), userOf(c).id, query.limit) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/gap',
      tag: TAG,
      summary:
        'Skill gap to a target role (role=…, else your profile target, else best trajectory)',
      query: RoleQuery,
      response: GapResult,
    },
    async (c, { query }) => c.json(await getGap(c.get('ctx'), userOf(c).id, query.role)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/learn-next',
      tag: TAG,
      summary: 'Ranked skills to learn next, with weights, factor values and reasons',
      query: RoleQuery.extend({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
      response: LearnNextResult,
    },
    async (c, { query }) => c.json(await getLearnNext(c.get('ctx'), userOf(c).id, query)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/onboarding/suggest',
      tag: TAG,
      summary: 'Suggest profile skills from a pasted CV ({ cvText }) or a JSON Resume ({ resume })',
      body: OnboardingInput,
      response: OnboardingSuggestions,
    },
    async (c, { body }) =>
      c.json({ suggestions: await suggestProfileSkills(c.get('ctx'), userOf(c).id, body) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/onboarding/confirm',
      tag: TAG,
      summary: 'Merge confirmed skills (id and level) into your profile',
      body: OnboardingConfirm,
      response: Profile,
    },
    async (c, { body }) => c.json(await confirmProfileSkills(c.get('ctx'), userOf(c).id, body)),
  );
}
