import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** The signed-in home page (/app). */
export const DashboardPage = lazyPage(() => import('./pages/dashboard-page.tsx'), 'DashboardPage');
