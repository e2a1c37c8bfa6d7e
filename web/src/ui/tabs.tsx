import { Link } from 'react-router';

/** One section link of a tab bar. */
export interface TabLink {
  to: string;
  label: string;
  current: boolean;
}

/**
 * A capability's section links as a tab bar; the current one carries `aria-current="page"`.
 * `prefix` names the CSS classes (`<prefix>-tabs`, `<prefix>-tab`, `<prefix>-tab-current`).
 */
export function Tabs({ label, prefix, tabs }: { label: string; prefix: string; tabs: TabLink[] }) {
  return (
    <nav className={`${prefix}-tabs`} aria-label={label}>
      <ul>
        {tabs.map((t) => (
          <li key={t.to}>
            <Link
              to={t.to}
              className={t.current ? `${prefix}-tab ${prefix}-tab-current` : `${prefix}-tab`}
              aria-current={t.current ? 'page' : undefined}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The first path segment below `base` (`/app/radar/sources/x` below `/app/radar` is `sources`). */
export function sectionOf(pathname: string, base: string): string {
  return pathname.slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
}
