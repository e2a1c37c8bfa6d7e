import { type FormEvent, useState } from 'react';
import { ModelProvider } from '../../../../../src/shared/model-settings.ts';
import { ApiError } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { showSendFailure } from '../../../ui/form-send.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { type ConnectionCheck, type ModelSettingsView, modelApi } from '../api.ts';
import { ApiKeyField } from './api-key-field.tsx';
import { ConnectionResult } from './connection-result.tsx';
import { PROVIDER_LABEL } from './model-format.ts';
import { PrivateNetworkNote } from './private-network-note.tsx';
import {
  draftFrom,
  PROVIDER_EXAMPLE,
  type ProviderDraft,
  savedKeyApplies,
  toInput,
} from './provider-draft.ts';

const PRIVATE = /private or local address/i;

/** Bring your own model: provider, base URL, model and key; test before saving; remove. */
export function ProviderForm({
  settings,
  isAdmin,
  onSaved,
}: {
  settings: ModelSettingsView;
  isAdmin: boolean;
  onSaved: (settings: ModelSettingsView, message: string) => void;
}) {
  const [draft, setDraft] = useState<ProviderDraft>(() => draftFrom(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [busy, setBusy] = useState<'save' | 'test' | 'remove' | null>(null);

  const set = (patch: Partial<ProviderDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setCheck(null);
  };
  const example = PROVIDER_EXAMPLE[draft.provider];
  const keyApplies = savedKeyApplies(settings, draft);
  const privateRefused = Boolean(errors.baseUrl && PRIVATE.test(errors.baseUrl));

  function prepare() {
    setMessage(null);
    setCheck(null);
    const result = toInput(settings, draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return null;
    }
    setErrors({});
    return result.input;
  }

  function fail(e: unknown, what: string) {
    showSendFailure(e, setErrors, (m) => setMessage(`${what}: ${m}`));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = prepare();
    if (!input) return;
    setBusy('save');
    try {
      const saved = await modelApi.save(input);
      onSaved(
        saved,
        `Saved. Skilltrace now uses ${PROVIDER_LABEL[input.provider]} ${input.model}.`,
      );
    } catch (e) {
      fail(e, 'Not saved');
    } finally {
      setBusy(null);
    }
  }

  async function test() {
    const input = prepare();
    if (!input) return;
    setBusy('test');
    try {
      setCheck(await modelApi.test(input));
    } catch (e) {
      if (e instanceof ApiError && PRIVATE.test(e.message)) setErrors({ baseUrl: e.message });
      else if (Object.keys(apiFieldErrors(e)).length) setErrors(apiFieldErrors(e));
      else setCheck({ ok: false, latencyMs: 0, error: describeError(e) });
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('remove');
    setMessage(null);
    try {
      const saved = await modelApi.save(null);
      onSaved(saved, 'Your own model settings and key were removed.');
    } catch (e) {
      setMessage(`Not removed: ${describeError(e)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="form model-form" onSubmit={save} noValidate>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {privateRefused ? <PrivateNetworkNote isAdmin={isAdmin} /> : null}
      <div className="model-form-grid">
        <Field label="Provider" error={errors.provider}>
          {(p) => (
            <select
              {...p}
              value={draft.provider}
              onChange={(e) => set({ provider: ModelProvider.parse(e.target.value) })}
            >
              {ModelProvider.options.map((v) => (
                <option key={v} value={v}>
                  {v === 'openai-compatible' ? 'OpenAI-compatible (Ollama…)' : PROVIDER_LABEL[v]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="Model"
          error={errors.model}
          hint={
            draft.provider === 'openai-compatible' ? (
              <>
                The name your server knows it by, e.g. from <code>ollama list</code>.
              </>
            ) : (
              `For example ${example.model}.`
            )
          }
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={example.model}
          value={draft.model}
          onChange={(v) => set({ model: v })}
        />
      </div>
      <TextField
        label={draft.provider === 'openai-compatible' ? 'Base URL' : 'Base URL (optional)'}
        error={errors.baseUrl}
        hint={
          draft.provider === 'openai-compatible' ? (
            <>
              The server's OpenAI-style address, ending in <code>/v1</code>. Ollama:{' '}
              <code>http://127.0.0.1:11434/v1</code> · LM Studio:{' '}
              <code>http://127.0.0.1:1234/v1</code> · vLLM: <code>http://host:8000/v1</code>
            </>
          ) : (
            `Leave empty for the official ${PROVIDER_LABEL[draft.provider]} API; fill in only for a proxy or gateway.`
          )
        }
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={example.baseUrl}
        value={draft.baseUrl}
        onChange={(v) => set({ baseUrl: v })}
      />
      <ApiKeyField
        savedKeyApplies={keyApplies}
        savedKeyDropped={Boolean(settings.own?.hasKey) && !keyApplies}
        mode={draft.keyMode}
        onMode={(keyMode) => set({ keyMode })}
        value={draft.apiKey}
        onChange={(apiKey) => set({ apiKey })}
        required={draft.provider !== 'openai-compatible'}
        error={errors.apiKey}
      />
      <div aria-live="polite">{check ? <ConnectionResult check={check} /> : null}</div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save model settings'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={test}
          disabled={busy !== null}
        >
          {busy === 'test' ? 'Testing…' : 'Test before saving'}
        </button>
        {settings.own ? (
          <button
            type="button"
            className="button button-danger-ghost model-form-remove"
            onClick={remove}
            disabled={busy !== null}
          >
            {busy === 'remove' ? 'Removing…' : 'Stop using my own model'}
          </button>
        ) : null}
      </div>
    </form>
  );
}
