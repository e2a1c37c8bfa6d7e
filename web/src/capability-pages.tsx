import type { ComponentType } from 'react';
import type { Capability } from './capabilities.ts';
import { lazyPage } from './lazy-page.ts';

/**
 * The screen of each capability that has one. A capability without an entry shows its
 * "coming soon" panel. Each page owns the routes below its path (`/app/<key>/*`) and is
 * loaded on first visit, in a chunk of its own.
 */
export const CAPABILITY_PAGES: Partial<Record<Capability['key'], ComponentType>> = {
  evidence: lazyPage(() => import('./pages/evidence/evidence-page.tsx'), 'EvidencePage'),
  practice: lazyPage(() => import('./pages/practice/practice-page.tsx'), 'PracticePage'),
  paths: lazyPage(() => import('./pages/paths/paths-page.tsx'), 'PathsPage'),
  peers: lazyPage(() => import('./pages/peers/peers-page.tsx'), 'PeersPage'),
  progress: lazyPage(() => import('./pages/progress/progress-page.tsx'), 'ProgressPage'),
  radar: lazyPage(() => import('./pages/radar/radar-page.tsx'), 'RadarPage'),
};
