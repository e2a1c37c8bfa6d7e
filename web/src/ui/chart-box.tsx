import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * The box a Recharts chart draws in, as wide as its parent and `height` tall. Hidden from
 * screen readers: every chart offers its numbers as a table instead. Import it only from
 * lazily loaded chart modules, so recharts stays out of the main bundle.
 */
export function ChartBox({
  className,
  height,
  children,
}: {
  className: string;
  height: number;
  children: ReactElement;
}) {
  return (
    <div className={className} aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
