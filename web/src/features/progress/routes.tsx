import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Progress: hours, skills and velocity under /app/progress. */
export const ProgressRoutes = lazyPage(() => import('./pages/progress-page.tsx'), 'ProgressPage');
