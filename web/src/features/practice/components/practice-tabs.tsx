import { useLocation } from 'react-router';
import { sectionOf, Tabs } from '../../../ui/tabs.tsx';

const TABS = [
  {
    to: '/app/practice',
    label: 'Briefs',
    match: (p: string) => p === '' || p.startsWith('briefs'),
  },
  { to: '/app/practice/queue', label: 'Review queue', match: (p: string) => p === 'queue' },
  {
    to: '/app/practice/certifications',
    label: 'Certifications',
    match: (p: string) => p === 'certifications',
  },
  {
    to: '/app/practice/credentials',
    label: 'Credentials',
    match: (p: string) => p === 'credentials',
  },
];

/** The practice sections as links; the current one carries `aria-current="page"`. */
export function PracticeTabs() {
  const rest = sectionOf(useLocation().pathname, '/app/practice');
  const tabs = TABS.map((t) => ({ to: t.to, label: t.label, current: t.match(rest) }));
  return <Tabs label="Practice sections" prefix="practice" tabs={tabs} />;
}
