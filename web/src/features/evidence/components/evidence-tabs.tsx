import { useLocation } from 'react-router';
import { sectionOf, Tabs } from '../../../ui/tabs.tsx';

const TABS = [
  { to: '/app/evidence', label: 'Ledger', key: '' },
  { to: '/app/evidence/credentials', label: 'Credentials', key: 'credentials' },
  { to: '/app/evidence/stories', label: 'Skill stories', key: 'stories' },
  { to: '/app/evidence/portfolio', label: 'Portfolio', key: 'portfolio' },
];

/** The evidence sections as links; the current one carries `aria-current="page"`. */
export function EvidenceTabs() {
  const rest = sectionOf(useLocation().pathname, '/app/evidence');
  const tabs = TABS.map((t) => ({ ...t, current: t.key === rest }));
  return <Tabs label="Evidence sections" prefix="ev" tabs={tabs} />;
}
