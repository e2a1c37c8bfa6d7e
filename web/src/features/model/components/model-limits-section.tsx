import '../model.css';
import { type FormEvent, useEffect, useState } from 'react';
import { ModelLimitsInput } from '../../../../../src/shared/model-settings.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { UsageChart } from '../../../components/lazy-charts.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { type ModelSettingsView, modelApi } from '../api.ts';
import { fillDays, formatCount, PROVIDER_LABEL } from './model-format.ts';
import { UsageTotals } from './usage-totals.tsx';
import { useModelUsage } from './use-model-usage.ts';

const DAYS = 30;

/** Admin → Model limits: a daily token allowance per user, and the instance's usage. */
export function ModelLimitsSection() {
  const { usage, error, setUsage } = useModelUsage(DAYS);
  const [limit, setLimit] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [own, setOwn] = useState<ModelSettingsView | null>(null);
  const instance = usage?.instance;

  useEffect(() => {
    // Only to say whether the instance has a model; a failure here just hides that line.
    modelApi
      .settings()
      .then(setOwn)
      .catch(() => setOwn(null));
  }, []);

  useEffect(() => {
    const current = instance?.limits.tokensPerUserPerDay;
    setLimit(current === null || current === undefined ? '' : String(current));
  }, [instance?.limits.tokensPerUserPerDay]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const text = limit.trim().replace(/[\s,._]/g, '');
    const parsed = ModelLimitsInput.safeParse({
      tokensPerUserPerDay: text === '' ? null : Number(text),
    });
    if (!parsed.success || (text !== '' && !/^\d+$/.test(text))) {
      setErrors({
        tokensPerUserPerDay: 'Enter a whole number of tokens (up to 1,000,000,000), or leave empty',
      });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const limits = await modelApi.saveLimits(parsed.data);
      if (usage?.instance) setUsage({ ...usage, instance: { ...usage.instance, limits } });
      setMessage({
        tone: 'success',
        text:
          limits.tokensPerUserPerDay === null
            ? 'Saved: no daily limit.'
            : `Saved: each user may use ${formatCount(limits.tokensPerUserPerDay)} tokens a day on this instance's model.`,
      });
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setMessage({ tone: 'error', text: `Not saved: ${describeError(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel model-section" aria-labelledby="model-limits-title">
      <h2 id="model-limits-title">Model limits</h2>
      <p className="muted">
        Limits apply to this instance's model only; people who bring their own key pay for their own
        use. Offline-engine answers are never limited.
      </p>
      {own ? (
        <p className="model-instance-line">
          {own.instance ? (
            <>
              This instance's model: {PROVIDER_LABEL[own.instance.provider]}{' '}
              <code>{own.instance.model}</code>.
            </>
          ) : (
            <>
              This instance has no model of its own (set <code>SKILLTRACE_LLM_PROVIDER</code>,{' '}
              <code>SKILLTRACE_LLM_MODEL</code> and, for a server,{' '}
              <code>SKILLTRACE_LLM_BASE_URL</code>
              ), so the limit takes effect once one is configured.
            </>
          )}
        </p>
      ) : null}
      {error ? <Alert tone="error">Could not load model usage: {error}</Alert> : null}
      {!usage && !error ? <LoadingState label="Loading model usage…" /> : null}
      {usage && !instance ? (
        <Alert tone="warning">The server did not send the instance's usage and limits.</Alert>
      ) : null}
      {instance ? (
        <>
          <div aria-live="polite">
            {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
          </div>
          <form className="model-limit-form" onSubmit={save} noValidate>
            <div className="model-limit-field">
              <Field
                label="Daily tokens per user"
                error={errors.tokensPerUserPerDay}
                hint="Tokens sent plus received per user and UTC day. Leave empty for no limit. A short answer uses about 500–2,000 tokens."
              >
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    inputMode="numeric"
                    placeholder="No limit"
                    value={limit}
                    onChange={(e) => setLimit(e.target.value)}
                  />
                )}
              </Field>
            </div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save limit'}
            </button>
          </form>
          <h3 className="model-subtitle">Instance usage, last {DAYS} days</h3>
          <p className="muted">Every user and background job, on any model.</p>
          <UsageTotals totals={instance.totals} label={`Instance usage, last ${DAYS} days`} />
          <UsageChart
            title="Tokens per day, whole instance"
            days={fillDays(usage?.since ?? '', DAYS, instance.days)}
          />
        </>
      ) : null}
    </section>
  );
}
