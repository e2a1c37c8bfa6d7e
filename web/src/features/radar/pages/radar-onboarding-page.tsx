import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { OnboardingPanel } from '../components/onboarding-panel.tsx';
import { RadarTabs } from '../components/radar-tabs.tsx';

/** Fill the profile's skills from a CV or JSON Resume instead of typing them one by one. */
export function RadarOnboardingPage() {
  usePageTitle('Radar · Import your CV');
  return (
    <>
      <PageHeader
        title="Radar"
        description="Your skills drive every radar suggestion. Start from your CV instead of typing them one by one."
      />
      <RadarTabs />
      <section className="panel" aria-labelledby="radar-onboard">
        <h2 id="radar-onboard">Import skills from your CV</h2>
        <OnboardingPanel />
      </section>
    </>
  );
}
