import { Link, useLocation } from 'react-router';

const TABS = [
  { to: '/app/peers', label: 'Matches', keys: [''] },
  { to: '/app/peers/exchanges', label: 'Exchanges', keys: ['exchanges'] },
  { to: '/app/peers/questions', label: 'Questions', keys: ['questions', 'ask'] },
  { to: '/app/peers/circles', label: 'Circles', keys: ['circles'] },
  { to: '/app/peers/profile', label: 'Peer profile', keys: ['profile'] },
];

/** The peer sections as links; the current one carries `aria-current="page"`. */
export function PeersTabs() {
  const { pathname } = useLocation();
  const rest = pathname.replace(/^\/app\/peers\/?/, '').split('/')[0] ?? '';
  return (
    <nav className="pr-tabs" aria-label="Peer sections">
      <ul>
        {TABS.map((t) => {
          const current = t.keys.includes(rest);
          return (
            <li key={t.to}>
              <Link
                to={t.to}
                className={current ? 'pr-tab pr-tab-current' : 'pr-tab'}
                aria-current={current ? 'page' : undefined}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
