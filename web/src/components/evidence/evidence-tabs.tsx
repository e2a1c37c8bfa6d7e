import { Link, useLocation } from 'react-router';

const TABS = [
  { to: '/app/evidence', label: 'Ledger', key: '' },
  { to: '/app/evidence/credentials', label: 'Credentials', key: 'credentials' },
  { to: '/app/evidence/stories', label: 'Skill stories', key: 'stories' },
  { to: '/app/evidence/portfolio', label: 'Portfolio', key: 'portfolio' },
];

/** The evidence sections as links; the current one carries `aria-current="page"`. */
export function EvidenceTabs() {
  const { pathname } = useLocation();
  const rest = pathname.replace(/^\/app\/evidence\/?/, '').split('/')[0] ?? '';
  return (
    <nav className="ev-tabs" aria-label="Evidence sections">
      <ul>
        {TABS.map((t) => {
          const current = t.key === rest;
          return (
            <li key={t.to}>
              <Link
                to={t.to}
                className={current ? 'ev-tab ev-tab-current' : 'ev-tab'}
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
