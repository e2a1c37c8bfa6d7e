import type { LearnNextItem } from '../../../../../src/shared/radar.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { FACTOR_LABELS } from '../radar-format.ts';

/** Each factor's value (0–1), its weight and what it adds to the score. */
export function FactorTable({ item }: { item: LearnNextItem }) {
  return (
    <ScrollRegion label="Factors">
      <table className="table radar-factor-table">
        <caption className="visually-hidden">Score of {item.name}, factor by factor</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col" className="radar-num">
              Value
            </th>
            <th scope="col" className="radar-num">
              Weight
            </th>
            <th scope="col" className="radar-num">
              Adds
            </th>
          </tr>
        </thead>
        <tbody>
          {item.factors.map((f) => {
            const label = FACTOR_LABELS[f.name];
            return (
              <tr key={f.name}>
                <th scope="row">
                  {label?.label ?? f.name}
                  {label ? <span className="radar-sub">{label.meaning}</span> : null}
                </th>
                <td className="radar-num">{f.value.toFixed(2)}</td>
                <td className="radar-num">{signed(f.weight)}</td>
                <td className="radar-num">{signed(f.contribution)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Score (sum of “adds”)
            </th>
            <td className="radar-num">
              <strong>{item.score.toFixed(2)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

function signed(x: number): string {
  const s = Math.abs(x).toFixed(2);
  return x < 0 ? `−${s}` : s;
}
