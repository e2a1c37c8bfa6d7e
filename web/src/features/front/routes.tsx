import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** The public front page (/). */
export const FrontPage = lazyPage(() => import('./pages/front-page.tsx'), 'FrontPage');
