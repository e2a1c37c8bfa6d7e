import { AppError } from '../../errors.ts';
import { getProfile, issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { listCredentials } from './list-credentials.ts';
import { presentEntry } from './present-entry.ts';

const day = (iso: string) => iso.slice(0, 10);
const LEVEL_WORDS = ['', 'Aware', 'Beginner', 'Working', 'Advanced', 'Expert'];

/**
 * The user's résumé in JSON Resume 1.0 format: basics from the profile and portfolio,
 * client projects as projects, credentials as certificates, skills from the profile and
 * credentials. Only public evidence and credentials unless `includePrivate`. Throws `not_found`.
 */
export async function exportJsonResume(
  ctx: Ctx,
  userId: string,
  opts: { includePrivate?: boolean } = {},
): Promise<Record<string, unknown>> {
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) throw new AppError('not_found', 'User not found');
  const profile = await getProfile(ctx, userId);
  const portfolio = await ctx.store.portfolio.findPortfolio(userId);
  const id = issuerIdentity(ctx.config);
  const taxonomy = getTaxonomy();
  const shown = (v: string) => opts.includePrivate || v === 'public';
  const entries = (await ctx.store.evidence.listEntries(userId))
    .filter((e) => !e.deleted_at && shown(e.visibility))
    .map((r) => presentEntry(r));
  const credentials = (await listCredentials(ctx, userId)).filter(
    (c) => !c.revoked && shown(c.visibility),
  );
  const skillName = (s: string) => taxonomy.skillById.get(s)?.name ?? s;
  const portfolioUrl = portfolio?.published ? id.portfolioUrl(portfolio.handle) : undefined;

  const skills = new Map<string, { name: string; level?: string; keywords: string[] }>();
  for (const s of profile.skills) {
    skills.set(s.skillId, {
      name: skillName(s.skillId),
      level: LEVEL_WORDS[s.level],
      keywords: [],
    });
  }
  for (const c of credentials) {
    const cur = skills.get(c.skillId) ?? { name: c.skillName, keywords: [] };
    cur.keywords.push(`Verified credential (${c.level})`);
    skills.set(c.skillId, cur);
  }
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: user.name,
      label: portfolio?.headline || profile.headline || undefined,
      ...(portfolioUrl ? { url: portfolioUrl } : {}),
      summary: portfolio?.summary || undefined,
      profiles: [],
    },
    projects: entries
      .filter((e) => e.kind === 'client_project' || e.kind === 'artifact')
      .map((e) => {
        const confirmed = entries.some(
          (x) => x.kind === 'client_confirmation' && x.relatesTo === e.id,
        );
        return {
          name: e.title,
          description: e.description || undefined,
          highlights: confirmed ? ['Confirmed by the client'] : [],
          keywords: e.skills.map(skillName),
          startDate: day(e.occurredAt),
          ...(e.url ? { url: e.url } : {}),
          type: e.kind === 'client_project' ? 'client project' : 'work sample',
        };
      }),
    certificates: credentials.map((c) => ({
      name: `${c.skillName} — ${c.level} level`,
      date: day(c.issuedAt),
      issuer: new URL(id.publicUrl).host,
      url: c.verifyUrl,
    })),
    skills: [...skills.values()].map((s) => ({
      name: s.name,
      ...(s.level ? { level: s.level } : {}),
      keywords: s.keywords,
    })),
    meta: {
      version: 'v1.0.0',
      lastModified: ctx.clock.now().toISOString().slice(0, 19),
      ...(portfolioUrl ? { canonical: portfolioUrl } : {}),
    },
  };
}
