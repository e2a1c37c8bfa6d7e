import type { ReactNode } from 'react';

/**
 * A button that starts work (sign out, export, test a connection): while `busy` it is
 * disabled and says `busyLabel` instead of its own label.
 */
export function BusyButton({
  className,
  busy,
  busyLabel,
  disabled = false,
  onClick,
  children,
}: {
  className: string;
  busy: boolean;
  busyLabel: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} onClick={onClick} disabled={busy || disabled}>
      {busy ? busyLabel : children}
    </button>
  );
}
