import type { ReactNode } from 'react';

/** A message box: errors interrupt screen readers (`alert`), the rest are polite (`status`). */
export function Alert({
  tone,
  title,
  children,
}: {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children ? <div className="alert-body">{children}</div> : null}
    </div>
  );
}
