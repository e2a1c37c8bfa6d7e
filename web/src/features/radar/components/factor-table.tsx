import type { LearnNextItem } from '../../../../../src/shared/radar.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { FACTOR_LABELS } from '../radar-format.ts';

const FACTOR_COLUMNS: Column<LearnNextItem['factors'][number]>[] = [
  {
    header: 'Factor',
    rowHeader: true,
    cell: (f) => {
      const label = FACTOR_LABELS[f.name];
      return (
        <>
          {label?.label ?? f.name}
          {label ? <span className="radar-sub">{label.meaning}</span> : null}
        </>
      );
    },
  },
  { header: 'Value', className: 'radar-num', cell: (f) => f.value.toFixed(2) },
  { header: 'Weight', className: 'radar-num', cell: (f) => signed(f.weight) },
  { header: 'Adds', className: 'radar-num', cell: (f) => signed(f.contribution) },
];

/** Each factor's value (0–1), its weight and what it adds to the score. */
export function FactorTable({ item }: { item: LearnNextItem }) {
  return (
    <DataTable
      label="Factors"
      className="radar-factor-table"
      caption={`Score of ${item.name}, factor by factor`}
      rows={item.factors}
      rowKey={(f) => f.name}
      columns={FACTOR_COLUMNS}
      foot={
        <tr>
          <th scope="row" colSpan={3}>
            Score (sum of “adds”)
          </th>
          <td className="radar-num">
            <strong>{item.score.toFixed(2)}</strong>
          </td>
        </tr>
      }
    />
  );
}

function signed(x: number): string {
  const s = Math.abs(x).toFixed(2);
  return x < 0 ? `−${s}` : s;
}
