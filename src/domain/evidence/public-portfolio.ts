import { AppError } from '../../errors.ts';
import type { EvidenceEntry, StorySentence } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { assessEntries } from './assess-entries.ts';
import { credentialProblem } from './credential-holds.ts';
import { type ContributionCredit, listContributionCredits } from './list-contribution-credits.ts';
import { listCredentials } from './list-credentials.ts';
import { presentEntry } from './present-entry.ts';
import { handleKeeper } from './set-portfolio.ts';

/** Everything a public portfolio page shows: only what the person made public. */
export interface PublicPortfolio {
  handle: string;
  name: string;
  headline: string;
  summary: string;
  url: string;
  verifiedSkills: Array<{ skillId: string; name: string; level: string; verifyUrl: string }>;
  credentials: Array<{
    id: string;
    title: string;
    skillName: string;
    level: string;
    issuedAt: string;
    verifyUrl: string;
    credentialUrl: string;
  }>;
  stories: Array<{
    skillId: string;
    skillName: string;
    sentences: Array<StorySentence & { publicEntryIds: string[] }>;
  }>;
  artifacts: EvidenceEntry[];
  credits: ContributionCredit[];
}

const MAX_ARTIFACTS = 30;

/**
 * The public portfolio behind `/p/<handle>`: public credentials that verify now as issued here
 * to this person for their skill and level (and the skills they verify), approved public skill stories, public non-deleted ledger entries and
 * contribution credits. Throws `not_found` for an unknown or unpublished handle.
 */
export async function getPublicPortfolio(ctx: Ctx, handle: string): Promise<PublicPortfolio> {
  const settings = await ctx.store.portfolio.findPortfolioByHandle(handle.toLowerCase());
  if (!settings?.published) throw new AppError('not_found', 'No such portfolio');
  const userId = settings.user_id;
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) throw new AppError('not_found', 'No such portfolio');
  const id = issuerIdentity(ctx.config);
  const taxonomy = getTaxonomy();

  // Shown (as verified skills) only when the credential is what its row says: issued here to
  // this person for that skill and level, signed, in force (`credentialProblem`).
  const credentials = [];
  for (const c of await listCredentials(ctx, userId)) {
    if (c.visibility !== 'public' || c.revoked) continue;
    const row = { id: c.id, jwt: c.jwt, skill_id: c.skillId, level: c.level };
    if ((await credentialProblem(ctx, row, userId)) === undefined) credentials.push(c);
  }
  const publicRows = (await ctx.store.evidence.listEntries(userId)).filter(
    (e) => e.visibility === 'public' && !e.deleted_at,
  );
  const assurance = await assessEntries(ctx, publicRows);
  const entries = publicRows
    .map((r) => presentEntry(r, assurance.get(r.id)))
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
  const publicIds = new Set(entries.map((e) => e.id));
  const stories = (await ctx.store.portfolio.listStories(userId))
    .filter((s) => s.status === 'approved' && s.visibility === 'public')
    .map((s) => ({
      skillId: s.skill_id,
      skillName: taxonomy.skillById.get(s.skill_id)?.name ?? s.skill_id,
      // A sentence stands on the entries it cites as they are now: one citing an entry since
      // deleted or made private is left out (it may quote that entry, and it is no longer
      // shown by anything public).
      sentences: (s.sentences as StorySentence[])
        .filter((x) => !x.flagged && x.entryIds.every((e) => publicIds.has(e)))
        .map((x) => ({ ...x, publicEntryIds: x.entryIds })),
    }));
  const best = new Map<string, (typeof credentials)[number]>();
  const rank = { foundational: 1, working: 2, advanced: 3 } as const;
  for (const c of credentials) {
    const prev = best.get(c.skillId);
    if (!prev || rank[c.level] > rank[prev.level]) best.set(c.skillId, c);
  }
  return {
    handle: settings.handle,
    name: user.name,
    headline: settings.headline,
    summary: settings.summary,
    url: id.portfolioUrl(settings.handle),
    verifiedSkills: [...best.values()].map((c) => ({
      skillId: c.skillId,
      name: c.skillName,
      level: c.level,
      verifyUrl: c.verifyUrl,
    })),
    credentials: credentials.map((c) => ({
      id: c.id,
      title: `${c.skillName} — ${c.level} level`,
      skillName: c.skillName,
      level: c.level,
      issuedAt: c.issuedAt,
      verifyUrl: c.verifyUrl,
      credentialUrl: id.credentialUrl(c.id),
    })),
    stories,
    artifacts: entries.slice(0, MAX_ARTIFACTS),
    credits: await listContributionCredits(ctx, userId),
  };
}

/**
 * One public ledger entry (the evidence link inside credentials). Throws `not_found`
 * unless the entry is public and not deleted.
 */
export async function getPublicEntry(
  ctx: Ctx,
  entryId: string,
): Promise<{ entry: EvidenceEntry; ownerName: string; portfolioUrl: string | null }> {
  const row = await ctx.store.evidence.findEntryById(entryId);
  if (row?.visibility !== 'public' || row.deleted_at) {
    throw new AppError('not_found', 'This evidence is not public');
  }
  const user = await ctx.store.accounts.findUserById(row.user_id);
  const settings = await ctx.store.portfolio.findPortfolio(row.user_id);
  return {
    entry: presentEntry(row, (await assessEntries(ctx, [row])).get(row.id)),
    ownerName: user?.name ?? '',
    portfolioUrl: settings?.published
      ? issuerIdentity(ctx.config).portfolioUrl(settings.handle)
      : null,
  };
}

/**
 * The current handle of the published portfolio whose owner keeps `handle` for their old links
 * (`handleKeeper`), so an old link redirects there; null otherwise.
 */
export async function movedPortfolioHandle(ctx: Ctx, handle: string): Promise<string | null> {
  const keeper = await handleKeeper(ctx, handle);
  if (!keeper) return null;
  const now = await ctx.store.portfolio.findPortfolio(keeper);
  return now?.published && now.handle !== handle.toLowerCase() ? now.handle : null;
}
