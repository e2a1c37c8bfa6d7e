import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Evidence: ledger, stories, credentials and portfolio under /app/evidence/*. */
export const EvidenceRoutes = lazyPage(() => import('./pages/evidence-page.tsx'), 'EvidencePage');
