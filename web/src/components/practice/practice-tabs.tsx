import { Link, useLocation } from 'react-router';

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
  const { pathname } = useLocation();
  const rest = pathname.replace(/^\/app\/practice\/?/, '').replace(/\/$/, '');
  return (
    <nav className="practice-tabs" aria-label="Practice sections">
      <ul>
        {TABS.map((t) => {
          const current = t.match(rest);
          return (
            <li key={t.to}>
              <Link
                to={t.to}
                className={current ? 'practice-tab practice-tab-current' : 'practice-tab'}
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
