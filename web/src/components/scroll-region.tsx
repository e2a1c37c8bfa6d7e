import { createElement, type ReactNode } from 'react';

/**
 * A box that may scroll (a wide table on a phone, a long worked example), reachable by
 * keyboard so its hidden part can be scrolled into view (WCAG 2.1.1), and named for screen
 * readers as a region.
 */
export function ScrollRegion({
  label,
  as = 'div',
  className = 'table-wrap',
  children,
}: {
  label: string;
  as?: 'div' | 'pre';
  className?: string | undefined;
  children: ReactNode;
}) {
  return createElement(
    as,
    { className, tabIndex: 0, role: 'region', 'aria-label': label },
    children,
  );
}
