import { createUser, updateProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { recordEvidence } from '../evidence/index.ts';
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
  const password = () => ctx.ids.token(24);
  const sam = await createUser(ctx, { ...DEMO_PEERS.sam, password: password(), isDemo: true });
  await updateProfile(ctx, sam.id, {
    headline: 'Freelance data engineer for healthcare analytics teams',
    domains: ['data', 'software'],
    skills: [
      { skillId: 'sql', level: 5 },
      { skillId: 'python', level: 4 },
      { skillId: 'data-analysis', level: 4 },
      { skillId: 'statistics', level: 3 },
      { skillId: 'tableau', level: 1 },
    ],
    targetRoles: ['data-analytics-consultant'],
    platforms: ['Toptal'],
    visibility: 'private',
  });
  await updatePeerProfile(ctx, sam.id, {
    optedIn: true,
    acceptingQuestions: true,
    weeklyQuestionLimit: 5,
    wants: ['tableau', 'excel', 'dashboard-design'],
    niches: ['healthcare'],
    segments: ['enterprise'],
    visibility: PUBLIC_FIELDS,
  });
  await recordEvidence(ctx, sam.id, {
    kind: 'client_project',
    title: 'Patient-flow reporting queries for a hospital analytics team',
    description:
      'Wrote and tuned the SQL behind weekly patient-flow reports (window functions, CTEs).',
    skills: ['sql'],
  });
  await recordEvidence(ctx, sam.id, {
    kind: 'client_project',
    title: 'Readmission-risk notebook',
    description: 'Cleaned claims data with pandas and fitted a logistic model in Python.',
    skills: ['python', 'sql'],
  });

  const ana = await createUser(ctx, { ...DEMO_PEERS.ana, password: password(), isDemo: true });
  await updateProfile(ctx, ana.id, {
    headline: 'Impact analyst for nonprofits and foundations',
    domains: ['data'],
    skills: [
      { skillId: 'python', level: 4 },
      { skillId: 'statistics', level: 4 },
      { skillId: 'sql', level: 3 },
    ],
    targetRoles: ['data-analytics-consultant'],
    platforms: ['LinkedIn'],
    visibility: 'private',
  });
  await updatePeerProfile(ctx, ana.id, {
    optedIn: true,
    acceptingQuestions: true,
    wants: ['excel', 'google-sheets', 'data-cleaning'],
    niches: ['nonprofits'],
    segments: ['nonprofit'],
    visibility: PUBLIC_FIELDS,
  });
  await recordEvidence(ctx, ana.id, {
    kind: 'client_project',
    title: 'Donor-retention analysis for a food bank',
    description: 'Cohort analysis of five years of donations in Python, with a SQL extract.',
    skills: ['python', 'sql', 'statistics'],
  });

  const riley = await createUser(ctx, { ...DEMO_PEERS.riley, password: password(), isDemo: true });
  await updateProfile(ctx, riley.id, {
    headline: 'Shopify analytics for small online stores',
    domains: ['data'],
    skills: [
      { skillId: 'sql', level: 4 },
      { skillId: 'python', level: 3 },
      { skillId: 'power-bi', level: 3 },
    ],
    targetRoles: ['data-analytics-consultant'],
    platforms: ['Upwork'],
    visibility: 'private',
  });
  await updatePeerProfile(ctx, riley.id, {
    optedIn: true,
    acceptingQuestions: true,
    wants: ['tableau', 'excel'],
    niches: ['e-commerce'],
    segments: ['smb', 'solo-founders'],
    visibility: PUBLIC_FIELDS,
  });
  return true;
}
