import { useLocation } from 'react-router';
import { sectionOf, Tabs } from '../../../ui/tabs.tsx';

const TABS = [
  { to: '/app/radar', label: 'Overview', key: '' },
  { to: '/app/radar/sources', label: 'Demand sources', key: 'sources' },
  { to: '/app/radar/onboarding', label: 'Import CV', key: 'onboarding' },
];

/** The radar sections as links; the current one carries `aria-current="page"`. */
export function RadarTabs() {
  const rest = sectionOf(useLocation().pathname, '/app/radar');
  const tabs = TABS.map((t) => ({ ...t, current: t.key === rest }));
  return <Tabs label="Radar sections" prefix="radar" tabs={tabs} />;
}
