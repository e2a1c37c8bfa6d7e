import { useState } from 'react';
import { describeError } from '../../../forms/field-errors.ts';
import { BusyButton } from '../../../ui/busy-button.tsx';
import { type ConnectionCheck, type ModelSettingsView, modelApi } from '../api.ts';
import { ConnectionResult } from './connection-result.tsx';
import { PROVIDER_LABEL } from './model-format.ts';
import { SourceBadge } from './source-badge.tsx';

/** Which model answers for you now, with a button that makes a tiny real call to it. */
export function ModelStatusCard({ settings }: { settings: ModelSettingsView }) {
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [testing, setTesting] = useState(false);

  async function test() {
    setTesting(true);
    setCheck(null);
    try {
      setCheck(await modelApi.test());
    } catch (e) {
      setCheck({ ok: false, latencyMs: 0, error: describeError(e) });
    } finally {
      setTesting(false);
    }
  }

  const { active, own, instance } = settings;
  const current = active === 'user' ? own : active === 'instance' ? instance : null;
  return (
    <div className={`model-status model-status-${active}`}>
      <div className="model-status-head">
        <p className="model-status-kicker">Answers come from</p>
        {current ? (
          <p className="model-status-title">
            Using {PROVIDER_LABEL[current.provider]} <code>{current.model}</code>{' '}
            <span className="badge source-badge source-model">
              {active === 'user'
                ? own?.hasKey
                  ? 'your own key'
                  : 'your own server'
                : "this instance's model"}
            </span>
          </p>
        ) : (
          <p className="model-status-title">
            Offline engine <span className="badge source-badge source-offline">no AI</span>
          </p>
        )}
      </div>
      {current ? (
        <div className="muted model-status-text">
          {active === 'user'
            ? `Your requests go to ${own?.baseUrl ?? PROVIDER_LABEL[current.provider]}. `
            : 'The people who run this Skilltrace provide this model. '}
          Every AI answer is schema-checked and verified against the catalog before you see it, and
          is labelled{' '}
          <SourceBadge
            source="model"
            provenance={{ provider: current.provider, model: current.model, via: active }}
          />
          . When the model fails, the offline engine answers instead.
        </div>
      ) : (
        <div className="muted model-status-text">
          Every feature works from Skilltrace's own taxonomy, catalog and templates; no data leaves
          this server. Answers are labelled <SourceBadge source="offline" />. Bring your own model
          below for personalised plans, explanations and AI reviews.
        </div>
      )}
      {current ? (
        <div className="model-status-actions">
          <BusyButton
            className="button button-secondary"
            onClick={test}
            busy={testing}
            busyLabel="Testing…"
          >
            Test connection
          </BusyButton>
          <div aria-live="polite" className="model-status-result">
            {check ? <ConnectionResult check={check} /> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
