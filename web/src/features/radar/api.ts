import { importContracts as imports } from '../../../../src/shared/contracts/imports.ts';
import { radarContracts as radar } from '../../../../src/shared/contracts/radar.ts';
import type {
  BriefInput,
  ClientRequestInput,
  ImportInput,
  PostSource,
} from '../../../../src/shared/radar.ts';
import { api } from '../../api/client.ts';

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

  posts: (p: { limit?: number; offset?: number; source?: PostSource } = {}) =>
    api.call(radar.listPosts, { query: p }),
  deletePost: (id: string) => api.call(radar.deletePost, { params: { id } }),
  addBrief: (body: BriefInput) => api.call(radar.addBrief, { body }),

  clients: (p: { limit?: number; offset?: number } = {}) =>
    api.call(radar.listClients, { query: p }),
  addClient: (body: ClientRequestInput) => api.call(radar.addClient, { body }),
  updateClient: (id: string, body: ClientRequestInput) =>
    api.call(radar.updateClient, { params: { id }, body }),
  deleteClient: (id: string) => api.call(radar.deleteClient, { params: { id } }),

  feeds: () => api.call(radar.listFeeds),
  addFeed: (body: { url: string; title?: string; intervalMinutes?: number }) =>
    api.call(radar.addFeed, { body }),
  updateFeed: (id: string, body: { title?: string; enabled?: boolean; intervalMinutes?: number }) =>
    api.call(radar.updateFeed, { params: { id }, body }),
  deleteFeed: (id: string) => api.call(radar.deleteFeed, { params: { id } }),
  pollFeed: (id: string) => api.call(radar.pollFeed, { params: { id } }),

  suggest: (body: { cvText: string } | { resume: Record<string, unknown> }) =>
    api.call(radar.suggestSkills, { body }),
  confirm: (skills: { skillId: string; level: number }[]) =>
    api.call(radar.confirmSkills, { body: { skills } }),
};
