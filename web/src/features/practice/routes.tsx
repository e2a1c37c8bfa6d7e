import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Practice: briefs, reviews, certifications and credentials under /app/practice/*. */
export const PracticeRoutes = lazyPage(() => import('./pages/practice-page.tsx'), 'PracticePage');
