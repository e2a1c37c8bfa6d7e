import type { z } from 'zod';
import type { Visibility } from '../../../../src/shared/accounts.ts';
import { type ContractInput, contractUrl } from '../../../../src/shared/contracts/contract.ts';
import { evidenceContracts as ev } from '../../../../src/shared/contracts/evidence.ts';
import { modelContracts } from '../../../../src/shared/contracts/model.ts';
import type { ShareLinks, StorySentence } from '../../../../src/shared/evidence.ts';
import { api } from '../../api/client.ts';

type Body<K extends keyof typeof ev> = ContractInput<(typeof ev)[K]>['body'];

export type ShareLinksData = z.infer<typeof ShareLinks>;

/** Typed calls to the evidence, credentials, stories and portfolio API (its contracts). */
export const evidenceApi = {
  entries: () => api.call(ev.listEntries),
  record: (body: Body<'record'>) => api.call(ev.record, { body }),
  remove: (entryId: string) => api.call(ev.deleteEntry, { params: { id: entryId } }),
  setVisibility: (entryId: string, visibility: Visibility) =>
    api.call(ev.setVisibility, { params: { id: entryId }, body: { visibility } }),
  verifyLedger: () => api.call(ev.verifyLedger),
  confirmationLink: (entryId: string, body: { clientName: string; days: number }) =>
    api.call(ev.confirmationLink, { params: { id: entryId }, body }),
  // Files, not JSON: links to `raw` contracts.
  attachmentUrl: (entryId: string, attachmentId: string) =>
    contractUrl(ev.attachment, { id: entryId, attachmentId }),

  criteria: () => api.call(ev.criteria),
  credentials: () => api.call(ev.listCredentials),
  issue: (body: Body<'issueCredential'>) => api.call(ev.issueCredential, { body }),
  revoke: (credentialId: string, reason: string) =>
    api.call(ev.revokeCredential, { params: { id: credentialId }, body: { reason } }),
  setCredentialVisibility: (credentialId: string, visibility: Visibility) =>
    api.call(ev.setCredentialVisibility, { params: { id: credentialId }, body: { visibility } }),
  downloadUrl: (credentialId: string, format: 'jwt' | 'json') =>
    contractUrl(ev.downloadCredential, { id: credentialId }, { format }),
  /** The signed VC-JWT as text, for verifying a credential that is not public. */
  credentialJwt: async (credentialId: string) =>
    (
      await api.text(ev.downloadCredential, {
        params: { id: credentialId },
        query: { format: 'jwt' },
      })
    ).trim(),

  stories: () => api.call(ev.listStories),
  draftStory: (skillId: string) => api.call(ev.draftStory, { body: { skillId } }),
  editStory: (storyId: string, sentences: StorySentence[]) =>
    api.call(ev.editStory, { params: { id: storyId }, body: { sentences } }),
  approveStory: (storyId: string, visibility: Visibility) =>
    api.call(ev.approveStory, { params: { id: storyId }, body: { visibility } }),
  /** Which engine drafts stories (`active`). */
  modelStatus: () => api.call(modelContracts.getSettings),

  portfolio: () => api.call(ev.getPortfolio),
  savePortfolio: (body: Body<'savePortfolio'>) => api.call(ev.savePortfolio, { body }),
  shareLinks: () => api.call(ev.shareLinks),
  jsonResumeUrl: contractUrl(ev.jsonResume),
};
