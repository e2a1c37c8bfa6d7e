import { Link } from 'react-router';
import './tabs.css';

/** One section link of a tab bar. */
export interface TabLink {
  to: string;
  label: string;
  current: boolean;
}

/**
 * A capability's section links as a tab bar (styled by tabs.css); the current one carries
 * `aria-current="page"`. `className` adds a capability's own adjustments to the bar.
 */
export function Tabs({
  label,
  tabs,
  className,
}: {
  label: string;
  tabs: TabLink[];
  className?: string;
}) {
  return (
    <nav className={className ? `ui-tabs ${className}` : 'ui-tabs'} aria-label={label}>
      <ul>
        {tabs.map((t) => (
          <li key={t.to}>
            <Link
              to={t.to}
              className={t.current ? 'ui-tab ui-tab-current' : 'ui-tab'}
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
