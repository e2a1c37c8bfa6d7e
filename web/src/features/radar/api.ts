import { z } from 'zod';
import { importContracts as imports } from '../../../../src/shared/contracts/imports.ts';
import { radarContracts as radar } from '../../../../src/shared/contracts/radar.ts';
import {
  AddPostResult,
  type BriefInput,
  type ClientRequestInput,
  FeedInfo,
  type ImportInput,
  PollResult,
  PostInfo,
  PostList,
} from '../../../../src/shared/radar.ts';
import { api } from '../../api/client.ts';

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
    api.call(radar.trends, { query: { ...p, domain: p.domain || undefined } }),
  trajectories: () => api.call(radar.trajectories),
  gap: (role?: string) => api.call(radar.gap, { query: { role: role || undefined } }),
  learnNext: (p: { role?: string; limit?: number } = {}) =>
    api.call(radar.learnNext, { query: { ...p, role: p.role || undefined } }),
  extract: (text: string) => api.call(radar.extract, { body: { text } }),

  startImport: (body: ImportInput) => api.call(imports.create, { body }),
  getImport: (id: string) => api.call(imports.get, { params: { id } }),
  imports: () => api.call(imports.list),

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
    api.call(radar.suggestSkills, { body }),
  confirm: (skills: { skillId: string; level: number }[]) =>
    api.call(radar.confirmSkills, { body: { skills } }),
};
