import { type Ctx, inTransaction } from '../ctx.ts';
import { confirmClientProject, createConfirmationLink } from './client-confirmation.ts';
import { recordEvidence } from './record-evidence.ts';
import { setPortfolio } from './set-portfolio.ts';

const DAY = 86_400_000;

/**
 * Gives the demo user a small ledger for Microsoft Excel that meets the working-level
 * credential rule (a completed path step, a reviewed practice deliverable, a client project
 * confirmed by the client), a reflection, and the public portfolio handle `maya-demo`.
 * Idempotent: does nothing when the user already has ledger entries. Tests pass
 * `handle: null` to seed the evidence without taking the handle.
 */
export async function seedDemoEvidence(
  ctx: Ctx,
  userId: string,
  opts: { handle?: string | null } = {},
): Promise<boolean> {
  const handle = opts.handle === undefined ? 'maya-demo' : opts.handle;
  if ((await ctx.store.evidence.listEntries(userId)).length > 0) return false;
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().getTime();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    await recordEvidence(tx, userId, {
      kind: 'path_step',
      title: 'Completed “Pivot tables and lookups” (Data Analytics Consultant path, step 3)',
      description: 'Built pivot tables and XLOOKUP formulas on a 12,000-row sales export.',
      skills: ['excel'],
      occurredAt: at(40),
      data: { pathId: 'demo-path', stepId: 'pivot-tables' },
      visibility: 'public',
    });
    const deliverable = await recordEvidence(tx, userId, {
      kind: 'practice_deliverable',
      title: 'Practice brief: monthly sales summary for a Shopify store',
      description:
        'Cleaned the order export, summarised revenue by month and channel, and wrote a one-page memo.',
      skills: ['excel', 'data-cleaning'],
      occurredAt: at(30),
      data: { briefId: 'demo-brief' },
      visibility: 'public',
    });
    await recordEvidence(tx, userId, {
      kind: 'practice_review',
      title: 'Rubric review of the monthly sales summary',
      description:
        'Accuracy 4/4, clarity 3/4, client fit 3/4: the memo answers the client’s question; label the channel chart.',
      skills: ['excel'],
      occurredAt: at(29),
      relatesTo: deliverable.id,
      data: { rubricScore: 10, rubricMax: 12, reviewer: 'self' },
      visibility: 'public',
    });
    const project = await recordEvidence(tx, userId, {
      kind: 'client_project',
      title: 'Inventory reconciliation workbook for a candle shop',
      description:
        'Replaced a manual stock sheet with a workbook that reconciles supplier deliveries and sales every week.',
      skills: ['excel', 'data-cleaning'],
      occurredAt: at(14),
      data: { client: 'Northwind Candles', platform: 'Upwork' },
      visibility: 'public',
    });
    const link = await createConfirmationLink(tx, userId, project.id, {
      clientName: 'Northwind Candles',
      days: 14,
    });
    await confirmClientProject(tx, link.url.split('/confirm/')[1]!, {
      confirmedBy: 'Dana (owner, Northwind Candles)',
      email: 'dana@northwind-candles.example',
      comment: 'Maya delivered the workbook on time; we use it every Friday.',
    });
    await recordEvidence(tx, userId, {
      kind: 'reflection',
      title: 'What the candle shop project taught me',
      description:
        'Asking for the supplier files up front saved two days; next time I will agree the column names first.',
      skills: ['excel'],
      occurredAt: at(10),
    });
    if (handle) {
      await setPortfolio(tx, userId, {
        handle,
        published: true,
        headline: 'Freelance data analyst and content writer for e-commerce brands',
        summary: 'I turn messy shop exports into workbooks and dashboards owners actually use.',
      });
    }
    return true;
  });
}
