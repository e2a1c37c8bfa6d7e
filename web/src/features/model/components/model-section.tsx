import '../model.css';
import { useEffect, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useUser } from '../../../session/session-context.ts';
import { type ModelSettingsView, modelApi } from '../api.ts';
import { ModelStatusCard } from './model-status-card.tsx';
import { ModelUsagePanel } from './model-usage.tsx';
import { ProviderForm } from './provider-form.tsx';

/**
 * Settings → AI model: which model answers (or the offline engine), a connection test,
 * bring-your-own provider and key, and your usage.
 */
export function ModelSection() {
  const user = useUser();
  const [settings, setSettings] = useState<ModelSettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Remounts the card and form after a save, so stale test results and drafts go away.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    modelApi
      .settings()
      .then(setSettings)
      .catch((e) => setLoadError(describeError(e)));
  }, []);

  return (
    <section className="panel model-section" aria-labelledby="model-title">
      <h2 id="model-title">AI model</h2>
      <p className="muted">
        Skilltrace works without AI. With a model, it personalises plans, explains steps and reviews
        practice work, always through the same checks against the catalog.
      </p>
      {loadError ? (
        <Alert tone="error">Could not load your model settings: {loadError}</Alert>
      ) : null}
      {!settings && !loadError ? <LoadingState label="Loading model settings…" /> : null}
      {settings ? (
        <>
          <ModelStatusCard key={`status-${version}`} settings={settings} />
          <div aria-live="polite">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
          <h3 className="model-subtitle">Bring your own model</h3>
          <p className="muted">
            Use your own OpenAI, Anthropic or OpenAI-compatible server (such as Ollama on your
            laptop). Your settings apply only to you
            {settings.instance
              ? `; without them, this instance's model (${settings.instance.model}) answers.`
              : '; without them, the offline engine answers.'}
          </p>
          <ProviderForm
            key={`form-${version}`}
            settings={settings}
            isAdmin={user.role === 'admin'}
            onSaved={(next, message) => {
              setSettings(next);
              setSaved(message);
              setVersion((v) => v + 1);
            }}
          />
          <ModelUsagePanel hasInstanceModel={settings.instance !== null} />
        </>
      ) : null}
    </section>
  );
}
