import { z } from 'zod';
import { Profile } from './accounts.ts';
import { CredentialInfo, PortfolioSettings } from './evidence.ts';
import { ProgressView } from './progress.ts';

/** The next session scheduled on one of the person's paths (this week or next). */
export const DashboardSession = z.object({
  date: z.iso.date(),
  start: z.string(),
  skillName: z.string(),
  pathId: z.string(),
});

/** The first step not yet done of the most recently changed unfinished path. */
export const DashboardStep = z.object({
  pathId: z.string(),
  pathTitle: z.string(),
  skillName: z.string(),
  objective: z.string(),
  hours: z.number(),
});

/**
 * Everything the dashboard page shows, in one answer: the profile, the personal view's
 * panels, this week's hours, the next session and step, reviews due, unread notifications,
 * what moved in the market, the latest credential and the portfolio, and what the first-run
 * guide reads (posts and paths saved).
 */
export const DashboardSummary = z.object({
  profile: Profile,
  view: ProgressView,
  hoursThisWeek: z.number(),
  weeklyBudgetHours: z.number(),
  nextSession: DashboardSession.nullable(),
  nextStep: DashboardStep.nullable(),
  reviewsDue: z.number().int(),
  unreadNotifications: z.number().int(),
  /** Skill names rising (up to 3) and falling (up to 2) in the person's market posts. */
  market: z.object({ rising: z.array(z.string()), falling: z.array(z.string()) }),
  /** The newest credential not revoked, if any. */
  credential: CredentialInfo.nullable(),
  portfolio: PortfolioSettings,
  /** Whether the person has saved any post and any path (the first-run guide's steps). */
  firstRun: z.object({ hasPosts: z.boolean(), firstPathId: z.string().nullable() }),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
