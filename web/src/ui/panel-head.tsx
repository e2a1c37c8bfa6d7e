import type { ReactNode } from 'react';

/**
 * The head row of a panel: its heading (`titleId` names the panel through
 * `aria-labelledby`), and beside it a link, badge or button (`children`).
 */
export function PanelHead({
  titleId,
  title,
  children,
}: {
  titleId: string;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="panel-head">
      <h2 id={titleId}>{title}</h2>
      {children}
    </div>
  );
}
