import { type ReactNode, useId } from 'react';

/**
 * The button that swaps a chart for the same numbers as a table (the accessible
 * alternative) and back; `aria-pressed` while the table shows.
 */
export function TableToggle({
  asTable,
  onChange,
  otherView = 'chart',
  className = 'button button-ghost button-small',
}: {
  asTable: boolean;
  onChange: (asTable: boolean) => void;
  /** What the button offers while the table shows: "Show as chart". */
  otherView?: string;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-pressed={asTable}
      onClick={() => onChange(!asTable)}
    >
      {asTable ? `Show as ${otherView}` : 'Show as table'}
    </button>
  );
}

/**
 * A chart as a figure named by its caption: the title, and (when `canToggle`) the button
 * that shows the numbers as a table. `className` also names the caption (`-head`) and the
 * title (`-title`).
 */
export function ChartFrame({
  className,
  title,
  asTable,
  onAsTable,
  canToggle = true,
  children,
}: {
  className: string;
  title: ReactNode;
  asTable: boolean;
  onAsTable: (asTable: boolean) => void;
  canToggle?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className={className} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className={`${className}-head`}>
        <span className={`${className}-title`}>{title}</span>
        {canToggle ? <TableToggle asTable={asTable} onChange={onAsTable} /> : null}
      </figcaption>
      {children}
    </figure>
  );
}
