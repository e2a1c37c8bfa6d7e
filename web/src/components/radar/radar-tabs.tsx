import { Link, useLocation } from 'react-router';

const TABS = [
  { to: '/app/radar', label: 'Overview', key: '' },
  { to: '/app/radar/sources', label: 'Demand sources', key: 'sources' },
  { to: '/app/radar/onboarding', label: 'Import CV', key: 'onboarding' },
];

/** The radar sections as links; the current one carries `aria-current="page"`. */
export function RadarTabs() {
  const { pathname } = useLocation();
  const rest = pathname.replace(/^\/app\/radar\/?/, '').split('/')[0] ?? '';
  return (
    <nav className="radar-tabs" aria-label="Radar sections">
      <ul>
        {TABS.map((t) => {
          const current = rest === t.key;
          return (
            <li key={t.to}>
              <Link
                to={t.to}
                className={current ? 'radar-tab radar-tab-current' : 'radar-tab'}
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
