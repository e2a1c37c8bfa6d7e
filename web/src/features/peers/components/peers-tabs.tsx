import { useLocation } from 'react-router';
import { sectionOf, Tabs } from '../../../ui/tabs.tsx';

const TABS = [
  { to: '/app/peers', label: 'Matches', keys: [''] },
  { to: '/app/peers/exchanges', label: 'Exchanges', keys: ['exchanges'] },
  { to: '/app/peers/questions', label: 'Questions', keys: ['questions', 'ask'] },
  { to: '/app/peers/circles', label: 'Circles', keys: ['circles'] },
  { to: '/app/peers/profile', label: 'Peer profile', keys: ['profile'] },
];

/** The peer sections as links; the current one carries `aria-current="page"`. */
export function PeersTabs() {
  const rest = sectionOf(useLocation().pathname, '/app/peers');
  const tabs = TABS.map((t) => ({ ...t, current: t.keys.includes(rest) }));
  return <Tabs label="Peer sections" prefix="pr" tabs={tabs} />;
}
