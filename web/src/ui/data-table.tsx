import type { ReactNode } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';

/** One column of a table: its header, and what each row shows in it. */
export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** React key of the column when the header is not unique or may change. */
  key?: string;
  /** A class on the header and on every cell of the column (e.g. `radar-num`). */
  className?: string;
  /** The column names the row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
}

export interface TableProps<T> {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Extra classes after `table`. */
  className?: string;
  /** Read by screen readers only. */
  caption?: ReactNode;
  /** Buttons per row, in a last column whose header only screen readers read ("Actions"). */
  actions?: (row: T) => ReactNode;
  /** Ordinary cells carry their column's header as `data-label` (for stacked small-screen rows). */
  labelCells?: boolean;
  /** Rows of a `<tfoot>`. */
  foot?: ReactNode;
}

/** A table of `rows`, one `<tr>` per row and one cell per column, in the house `.table` style. */
export function Table<T>({
  columns,
  rows,
  rowKey,
  className,
  caption,
  actions,
  labelCells = false,
  foot,
}: TableProps<T>) {
  return (
    <table className={className ? `table ${className}` : 'table'}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key ?? c.header} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
          {actions ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key ?? c.header} scope="row" className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td
                  key={c.key ?? c.header}
                  className={c.className}
                  data-label={labelCells ? c.header : undefined}
                >
                  {c.cell(row)}
                </td>
              ),
            )}
            {actions ? <td className="cell-actions">{actions(row)}</td> : null}
          </tr>
        ))}
      </tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
}

/** A `Table` in a keyboard-scrollable region named `label`, for tables wider than a phone. */
export function DataTable<T>({
  label,
  regionClassName,
  ...table
}: TableProps<T> & { label: string; regionClassName?: string }) {
  return (
    <ScrollRegion label={label} className={regionClassName}>
      <Table {...table} />
    </ScrollRegion>
  );
}
