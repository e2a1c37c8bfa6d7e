import { createUser, updateProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { confirmClientProject, createConfirmationLink, recordEvidence } from '../evidence/index.ts';
import { updatePeerProfile } from './peer-profile.ts';

/**
 * Demo peers, shared by every demo workspace: Sam and Ana complement the demo user; Riley
 * would too, but competes for the same clients. Nobody signs in as them: their passwords are
 * random secrets generated when they are created.
 */
export const DEMO_PEERS = {
  sam: { email: 'sam@skilltrace.local', name: 'Sam Lindqvist (demo)' },
  ana: { email: 'ana@skilltrace.local', name: 'Ana Costa (demo)' },
  riley: { email: 'riley@skilltrace.local', name: 'Riley Moreno (demo)' },
} as const;

const PUBLIC_FIELDS = {
  skills: 'public',
  wants: 'public',
  niches: 'public',
  segments: 'public',
  domains: 'public',
} as const;

/**
 * Opts the demo user into peer learning (e-commerce, small businesses and solo founders) and,
 * once per instance, adds three opted-in demo peers: Sam (SQL and Python with evidence, wants
 * Tableau and Excel dashboards, serves healthcare enterprises) and Ana (Python and statistics
 * for nonprofits, wants spreadsheets and data cleaning) — two matches — and Riley
 * (complementary skills but the demo user's niche and segments) — never offered.
 * Returns true when it created the peers, false when they existed already.
 */
export async function seedDemoPeers(ctx: Ctx, demoUserId: string): Promise<boolean> {
  if (!(await ctx.store.peers.findProfile(demoUserId))) {
    await updatePeerProfile(ctx, demoUserId, {
      optedIn: true,
      acceptingQuestions: true,
      wants: ['sql', 'python'],
      niches: ['e-commerce'],
      segments: ['smb', 'solo-founders'],
      visibility: { skills: 'public', wants: 'public', segments: 'public' },
    });
  }
  if (await ctx.store.accounts.findUserByEmail(DEMO_PEERS.sam.email)) return false;
  await addDemoPeer(ctx, DEMO_PEERS.sam, {
    headline: 'Freelance data engineer for healthcare analytics teams',
    domains: ['data', 'software'],
    skills: { sql: 5, python: 4, 'data-analysis': 4, statistics: 3, tableau: 1 },
    platforms: ['Toptal'],
    wants: ['tableau', 'excel', 'dashboard-design'],
    niches: ['healthcare'],
    segments: ['enterprise'],
    evidence: [
      {
        title: 'Patient-flow reporting queries for a hospital analytics team',
        description:
          'Wrote and tuned the SQL behind weekly patient-flow reports (window functions, CTEs).',
        skills: ['sql'],
      },
      {
        title: 'Readmission-risk notebook',
        description: 'Cleaned claims data with pandas and fitted a logistic model in Python.',
        skills: ['python', 'sql'],
      },
    ],
  });
  await addDemoPeer(ctx, DEMO_PEERS.ana, {
    headline: 'Impact analyst for nonprofits and foundations',
    domains: ['data'],
    skills: { python: 4, statistics: 4, sql: 3 },
    platforms: ['LinkedIn'],
    wants: ['excel', 'google-sheets', 'data-cleaning'],
    niches: ['nonprofits'],
    segments: ['nonprofit'],
    evidence: [
      {
        title: 'Donor-retention analysis for a food bank',
        description: 'Cohort analysis of five years of donations in Python, with a SQL extract.',
        skills: ['python', 'sql', 'statistics'],
      },
    ],
  });
  await addDemoPeer(ctx, DEMO_PEERS.riley, {
    headline: 'Shopify analytics for small online stores',
    domains: ['data'],
    skills: { sql: 4, python: 3, 'power-bi': 3 },
    platforms: ['Upwork'],
    wants: ['tableau', 'excel'],
    niches: ['e-commerce'],
    segments: ['smb', 'solo-founders'],
    evidence: [],
  });
  return true;
}

interface DemoPeerSpec {
  headline: string;
  domains: string[];
  skills: Record<string, number>;
  platforms: string[];
  wants: string[];
  niches: string[];
  segments: string[];
  evidence: { title: string; description: string; skills: string[] }[];
}

/** One opted-in demo peer: account (random password), profile, peer profile, evidence. */
async function addDemoPeer(
  ctx: Ctx,
  who: { email: string; name: string },
  spec: DemoPeerSpec,
): Promise<void> {
  const user = await createUser(ctx, { ...who, password: ctx.ids.token(24), isDemo: true });
  await updateProfile(ctx, user.id, {
    headline: spec.headline,
    domains: spec.domains,
    skills: Object.entries(spec.skills).map(([skillId, level]) => ({ skillId, level })),
    targetRoles: ['data-analytics-consultant'],
    platforms: spec.platforms,
    visibility: 'private',
  });
  await updatePeerProfile(ctx, user.id, {
    optedIn: true,
    acceptingQuestions: true,
    weeklyQuestionLimit: 5,
    wants: spec.wants,
    niches: spec.niches,
    segments: spec.segments,
    visibility: PUBLIC_FIELDS,
  });
  // Each project confirmed by its (fictional) client, through the same one-time link a real
  // client uses: demo peers are verified in these skills the way members are.
  for (const [i, e] of spec.evidence.entries()) {
    const project = await recordEvidence(ctx, user.id, { kind: 'client_project', ...e });
    const link = await createConfirmationLink(ctx, user.id, project.id, {
      clientName: `Demo client ${i + 1}`,
      days: 14,
    });
    await confirmClientProject(ctx, link.url.split('/confirm/')[1]!, {
      confirmedBy: `Demo client ${i + 1}`,
      email: `client-${i + 1}@demo-client.example`,
      comment: 'A demo confirmation.',
    });
  }
}
