import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { UsageChart } from '../../../components/lazy-charts.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { fillDays, formatCount } from './model-format.ts';
import { UsageTotals } from './usage-totals.tsx';
import { useModelUsage } from './use-model-usage.ts';

const PERIODS = [7, 30, 90] as const;

/** Your model use: totals, today's allowance on the instance's model, and tokens per day. */
export function ModelUsagePanel({ hasInstanceModel }: { hasInstanceModel: boolean }) {
  const [days, setDays] = useState<number>(30);
  const { usage, error, reload } = useModelUsage(days);
  return (
    <div className="model-usage">
      <div className="model-usage-head">
        <h3>Your usage</h3>
        <div className="model-usage-controls">
          <Field label="Period">
            {(p) => (
              <select {...p} value={days} onChange={(e) => setDays(Number(e.target.value))}>
                {PERIODS.map((n) => (
                  <option key={n} value={n}>
                    Last {n} days
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="button button-ghost button-small" onClick={reload}>
            Refresh
          </button>
        </div>
      </div>
      {error ? <Alert tone="error">Could not load your usage: {error}</Alert> : null}
      {!usage && !error ? <LoadingState label="Loading usage…" /> : null}
      {usage ? (
        <>
          <UsageTotals totals={usage.totals} label={`Your usage, last ${days} days`} />
          <p className="muted model-usage-note">
            Tokens are the pieces of text a model reads (sent) and writes (received). The cost is an
            estimate from list prices; local and unknown models count as $0. Answers from the
            offline engine use no tokens.
            {hasInstanceModel && usage.today.limit !== null
              ? ` Today you used ${formatCount(usage.today.tokensOnInstanceModel)} of your ${formatCount(usage.today.limit)} daily tokens on this instance's model (${formatCount(usage.today.remaining ?? 0)} left; your own key has no limit here).`
              : ''}
          </p>
          <UsageChart title="Tokens per day" days={fillDays(usage.since, days, usage.days)} />
        </>
      ) : null}
    </div>
  );
}
