import { z } from 'zod';
import type { Visibility } from '../../../../src/shared/accounts.ts';
import {
  ConfirmationLink,
  CredentialInfo,
  type CredentialLevel,
  CriteriaStatus,
  EvidenceEntry,
  type EvidenceInput,
  LedgerVerification,
  PortfolioSettings,
  ShareLinks,
  SkillStory,
  type StorySentence,
} from '../../../../src/shared/evidence.ts';
import { api } from '../../api/client.ts';

const id = encodeURIComponent;

/** The part of `GET /api/settings/model` the story screen needs (which engine drafts). */
const ModelStatus = z.object({ active: z.enum(['user', 'instance', 'offline']) });

export type ShareLinksData = z.infer<typeof ShareLinks>;

/** Typed calls to the evidence, credentials, stories and portfolio API. */
export const evidenceApi = {
  entries: () =>
    api.request('GET', '/api/evidence', {
      schema: z.object({ entries: z.array(EvidenceEntry) }),
    }),
  record: (body: EvidenceInput) =>
    api.request('POST', '/api/evidence', { body, schema: EvidenceEntry }),
  remove: (entryId: string) => api.request('DELETE', `/api/evidence/${id(entryId)}`),
  setVisibility: (entryId: string, visibility: Visibility) =>
    api.request('PUT', `/api/evidence/${id(entryId)}/visibility`, {
      body: { visibility },
      schema: EvidenceEntry,
    }),
  verifyLedger: () => api.request('GET', '/api/evidence/verify', { schema: LedgerVerification }),
  confirmationLink: (entryId: string, body: { clientName: string; days: number }) =>
    api.request('POST', `/api/evidence/${id(entryId)}/confirmation-link`, {
      body,
      schema: ConfirmationLink,
    }),
  attachmentUrl: (entryId: string, attachmentId: string) =>
    `/api/evidence/${id(entryId)}/attachments/${id(attachmentId)}`,

  criteria: () =>
    api.request('GET', '/api/credentials/criteria', {
      schema: z.object({ criteria: z.array(CriteriaStatus) }),
    }),
  credentials: () =>
    api.request('GET', '/api/credentials', {
      schema: z.object({ credentials: z.array(CredentialInfo) }),
    }),
  issue: (body: {
    skillId: string;
    level: CredentialLevel;
    visibility: Visibility;
    publishEvidence?: string[];
  }) => api.request('POST', '/api/credentials', { body, schema: CredentialInfo }),
  revoke: (credentialId: string, reason: string) =>
    api.request('POST', `/api/credentials/${id(credentialId)}/revoke`, {
      body: { reason },
      schema: CredentialInfo,
    }),
  setCredentialVisibility: (credentialId: string, visibility: Visibility) =>
    api.request('PUT', `/api/credentials/${id(credentialId)}/visibility`, {
      body: { visibility },
      schema: CredentialInfo,
    }),
  downloadUrl: (credentialId: string, format: 'jwt' | 'json') =>
    `/api/credentials/${id(credentialId)}/download?format=${format}`,
  /** The signed VC-JWT as text, for verifying a credential that is not public. */
  credentialJwt: async (credentialId: string) => {
    const res = await fetch(`/api/credentials/${id(credentialId)}/download?format=jwt`, {
      credentials: 'same-origin',
    });
    if (!res.ok) throw new Error(`The server answered ${res.status} for the download.`);
    return (await res.text()).trim();
  },

  stories: () =>
    api.request('GET', '/api/stories', { schema: z.object({ stories: z.array(SkillStory) }) }),
  draftStory: (skillId: string) =>
    api.request('POST', '/api/stories', { body: { skillId }, schema: SkillStory }),
  editStory: (storyId: string, sentences: StorySentence[]) =>
    api.request('PUT', `/api/stories/${id(storyId)}`, { body: { sentences }, schema: SkillStory }),
  approveStory: (storyId: string, visibility: Visibility) =>
    api.request('POST', `/api/stories/${id(storyId)}/approve`, {
      body: { visibility },
      schema: SkillStory,
    }),
  modelStatus: () => api.request('GET', '/api/settings/model', { schema: ModelStatus }),

  portfolio: () => api.request('GET', '/api/portfolio', { schema: PortfolioSettings }),
  savePortfolio: (body: {
    handle: string;
    published: boolean;
    headline: string;
    summary: string;
  }) => api.request('PUT', '/api/portfolio', { body, schema: PortfolioSettings }),
  shareLinks: () => api.request('GET', '/api/portfolio/share-links', { schema: ShareLinks }),
  jsonResumeUrl: '/api/portfolio/json-resume',
};
