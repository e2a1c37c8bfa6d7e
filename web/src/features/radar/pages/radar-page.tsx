import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { RadarOnboardingPage } from './radar-onboarding-page.tsx';
import { RadarOverviewPage } from './radar-overview-page.tsx';
import { RadarSourcesPage } from './radar-sources-page.tsx';
import '../radar.css';

/** The market radar: overview (trajectories, gap, learn next, trends), sources, CV import. */
export function RadarPage() {
  return (
    <Routes>
      <Route index element={<RadarOverviewPage />} />
      <Route path="sources" element={<RadarSourcesPage />} />
      <Route path="onboarding" element={<RadarOnboardingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
