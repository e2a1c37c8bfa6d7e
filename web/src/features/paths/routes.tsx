import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Paths: list, new path and path detail under /app/paths/*. */
export const PathsRoutes = lazyPage(() => import('./pages/paths-page.tsx'), 'PathsPage');
