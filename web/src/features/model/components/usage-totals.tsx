import type { UsageTotals as Totals } from '../api.ts';
import { formatCost, formatCount } from './model-format.ts';

/** Calls, tokens and the cost estimate over a period, as a row of figures. */
export function UsageTotals({ totals, label }: { totals: Totals; label: string }) {
  return (
    <dl className="stats usage-stats" aria-label={label}>
      <div className="stat">
        <dt>Model calls</dt>
        <dd>{formatCount(totals.calls)}</dd>
      </div>
      <div className="stat">
        <dt>Tokens sent</dt>
        <dd>{formatCount(totals.tokensIn)}</dd>
      </div>
      <div className="stat">
        <dt>Tokens received</dt>
        <dd>{formatCount(totals.tokensOut)}</dd>
      </div>
      <div className="stat">
        <dt>Cost estimate</dt>
        <dd>{formatCost(totals.costUsd)}</dd>
      </div>
    </dl>
  );
}
