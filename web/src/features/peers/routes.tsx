import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** Peers: matches, circles, exchanges and questions under /app/peers/*. */
export const PeersRoutes = lazyPage(() => import('./pages/peers-page.tsx'), 'PeersPage');
