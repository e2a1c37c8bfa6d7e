import { z } from 'zod';
import { Profile } from '../accounts.ts';
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
} from '../radar.ts';
import { contract } from './contract.ts';

const TAG = 'radar';
const RoleQuery = z.object({ role: z.string().min(1).max(120).optional() });

/**
 * Radar insight: extraction, trends, trajectories, gap, learn-next and onboarding. (Imports
 * have their own contract file; posts, briefs, client requests and feeds are still declared
 * in `src/server/routes/radar-routes.ts`.)
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
  confirmSkills: contract({
    method: 'post',
    path: '/api/radar/onboarding/confirm',
    tag: TAG,
    summary: 'Merge confirmed skills (id and level) into your profile',
    body: OnboardingConfirm,
    response: Profile,
  }),
};
