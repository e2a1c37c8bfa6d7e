import type { ComponentType } from 'react';
import type { Capability } from './capabilities.ts';
import { EvidenceRoutes } from './features/evidence/routes.tsx';
import { PathsRoutes } from './features/paths/routes.tsx';
import { PeersRoutes } from './features/peers/routes.tsx';
import { PracticeRoutes } from './features/practice/routes.tsx';
import { ProgressRoutes } from './features/progress/routes.tsx';
import { RadarRoutes } from './features/radar/routes.tsx';

/**
 * The screen of each capability that has one (declared in `features/<key>/routes.tsx`). A
 * capability without an entry shows its "coming soon" panel. Each page owns the routes below
 * its path (`/app/<key>/*`) and is loaded on first visit, in a chunk of its own.
 */
export const CAPABILITY_PAGES: Partial<Record<Capability['key'], ComponentType>> = {
  evidence: EvidenceRoutes,
  practice: PracticeRoutes,
  paths: PathsRoutes,
  peers: PeersRoutes,
  progress: ProgressRoutes,
  radar: RadarRoutes,
};
