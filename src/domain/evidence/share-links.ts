import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { listCredentials } from './list-credentials.ts';
import { getPortfolioSettings } from './set-portfolio.ts';

/**
 * Links ready to paste into an Upwork or LinkedIn profile: the portfolio URL (when
 * published), a verify URL per public, unrevoked credential, and a short text block.
 */
export async function getShareLinks(
  ctx: Ctx,
  userId: string,
): Promise<{
  portfolioUrl: string | null;
  credentials: Array<{ id: string; title: string; verifyUrl: string; downloadUrl: string }>;
  text: string;
}> {
  const id = issuerIdentity(ctx.config);
  const settings = await getPortfolioSettings(ctx, userId);
  const portfolioUrl = settings.published ? settings.url : null;
  const credentials = (await listCredentials(ctx, userId))
    .filter((c) => c.visibility === 'public' && !c.revoked)
    .map((c) => ({
      id: c.id,
      title: `${c.skillName} (${c.level} level)`,
      verifyUrl: c.verifyUrl,
      downloadUrl: id.downloadUrl(c.id),
    }));
  const lines = [
    ...(portfolioUrl ? [`Portfolio with verifiable evidence: ${portfolioUrl}`] : []),
    ...credentials.map((c) => `Verified skill — ${c.title}: ${c.verifyUrl}`),
  ];
  const text = lines.length
    ? `${lines.join('\n')}\nEach credential is an Open Badges 3.0 credential anyone can verify.`
    : 'Publish your portfolio and make a credential public to get links to share.';
  return { portfolioUrl, credentials, text };
}
