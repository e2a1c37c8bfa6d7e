import { z } from 'zod';
import { Profile } from '../../../../src/shared/accounts.ts';
import {
  AddPostResult,
  type BriefInput,
  type ClientRequestInput,
  ExtractResult,
  FeedInfo,
  GapResult,
  type ImportInput,
  ImportRecord,
  LearnNextResult,
  OnboardingSuggestions,
  PollResult,
  PostInfo,
  PostList,
  TrajectoriesResult,
  TrendsResult,
} from '../../../../src/shared/radar.ts';
import { api } from '../../api/client.ts';

const ImportList = z.object({ imports: z.array(ImportRecord) });
const FeedList = z.object({ feeds: z.array(FeedInfo) });

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Typed calls to the market radar API (`/api/radar/**`). */
export const radarApi = {
  trends: (p: { domain?: string; months?: number } = {}) =>
    api.request('GET', `/api/radar/trends${query(p)}`, { schema: TrendsResult }),
  trajectories: () => api.request('GET', '/api/radar/trajectories', { schema: TrajectoriesResult }),
  gap: (role?: string) =>
    api.request('GET', `/api/radar/gap${query({ role })}`, { schema: GapResult }),
  learnNext: (p: { role?: string; limit?: number } = {}) =>
    api.request('GET', `/api/radar/learn-next${query(p)}`, { schema: LearnNextResult }),
  extract: (text: string) =>
    api.request('POST', '/api/radar/extract', { body: { text }, schema: ExtractResult }),

  startImport: (body: ImportInput) =>
    api.request('POST', '/api/radar/imports', { body, schema: ImportRecord }),
  getImport: (id: string) =>
    api.request('GET', `/api/radar/imports/${enc(id)}`, { schema: ImportRecord }),
  imports: () => api.request('GET', '/api/radar/imports', { schema: ImportList }),

  posts: (p: { limit?: number; offset?: number; source?: string } = {}) =>
    api.request('GET', `/api/radar/posts${query(p)}`, { schema: PostList }),
  deletePost: (id: string) => api.request('DELETE', `/api/radar/posts/${enc(id)}`),
  addBrief: (body: BriefInput) =>
    api.request('POST', '/api/radar/briefs', { body, schema: AddPostResult }),

  clients: (p: { limit?: number; offset?: number } = {}) =>
    api.request('GET', `/api/radar/clients${query(p)}`, { schema: PostList }),
  addClient: (body: ClientRequestInput) =>
    api.request('POST', '/api/radar/clients', { body, schema: AddPostResult }),
  updateClient: (id: string, body: ClientRequestInput) =>
    api.request('PUT', `/api/radar/clients/${enc(id)}`, { body, schema: PostInfo }),
  deleteClient: (id: string) => api.request('DELETE', `/api/radar/clients/${enc(id)}`),

  feeds: () => api.request('GET', '/api/radar/feeds', { schema: FeedList }),
  addFeed: (body: { url: string; title?: string; intervalMinutes?: number }) =>
    api.request('POST', '/api/radar/feeds', { body, schema: FeedInfo }),
  updateFeed: (id: string, body: { title?: string; enabled?: boolean; intervalMinutes?: number }) =>
    api.request('PATCH', `/api/radar/feeds/${enc(id)}`, { body, schema: FeedInfo }),
  deleteFeed: (id: string) => api.request('DELETE', `/api/radar/feeds/${enc(id)}`),
  pollFeed: (id: string) =>
    api.request('POST', `/api/radar/feeds/${enc(id)}/poll`, { schema: PollResult }),

  suggest: (body: { cvText: string } | { resume: Record<string, unknown> }) =>
    api.request('POST', '/api/radar/onboarding/suggest', { body, schema: OnboardingSuggestions }),
  confirm: (skills: { skillId: string; level: number }[]) =>
    api.request('POST', '/api/radar/onboarding/confirm', { body: { skills }, schema: Profile }),
};
