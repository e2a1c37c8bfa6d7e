import type { ComponentType } from 'react';
import type { Capability } from './capabilities.ts';
import { EvidencePage } from './pages/evidence/evidence-page.tsx';
import { PathsPage } from './pages/paths/paths-page.tsx';
import { PeersPage } from './pages/peers/peers-page.tsx';
import { PracticePage } from './pages/practice/practice-page.tsx';
import { ProgressPage } from './pages/progress/progress-page.tsx';
import { RadarPage } from './pages/radar/radar-page.tsx';

/**
 * The screen of each capability that has one. A capability without an entry shows its
 * "coming soon" panel. Each page owns the routes below its path (`/app/<key>/*`).
 */
export const CAPABILITY_PAGES: Partial<Record<Capability['key'], ComponentType>> = {
  evidence: EvidencePage,
  practice: PracticePage,
  paths: PathsPage,
  peers: PeersPage,
  progress: ProgressPage,
  radar: RadarPage,
};
