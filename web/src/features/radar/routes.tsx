import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Radar: overview, sources and onboarding under /app/radar/*. */
export const RadarRoutes = lazyPage(() => import('./pages/radar-page.tsx'), 'RadarPage');
