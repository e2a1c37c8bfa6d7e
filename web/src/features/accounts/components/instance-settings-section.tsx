import { type FormEvent, useEffect, useState } from 'react';
import type { InstanceSettings } from '../../../../../src/shared/accounts.ts';
import { adminContracts as admin } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';

/** Instance-wide switches: open or closed sign-up, and private-network fetching. */
export function InstanceSettingsSection() {
  const [settings, setSettings] = useState<InstanceSettings | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .call(admin.getSettings)
      .then(setSettings)
      .catch((e) =>
        setMessage({ tone: 'error', text: `Could not load settings: ${describeError(e)}` }),
      );
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setMessage(null);
    try {
      setSettings(await api.call(admin.saveSettings, { body: settings }));
      setMessage({ tone: 'success', text: 'Instance settings saved.' });
    } catch (e) {
      setMessage({ tone: 'error', text: `Not saved: ${describeError(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="instance-title">
      <h2 id="instance-title">Instance settings</h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {settings ? (
        <form className="form" onSubmit={save}>
          <fieldset className="fieldset fieldset-plain">
            <legend className="field-label">Sign-up</legend>
            <div className="radio-cards">
              {(['open', 'closed'] as const).map((mode) => (
                <label key={mode} className="radio-card">
                  <input
                    type="radio"
                    name="signup"
                    checked={settings.signup === mode}
                    onChange={() => setSettings({ ...settings, signup: mode })}
                  />
                  <span>
                    <span className="radio-title">{mode === 'open' ? 'Open' : 'Closed'}</span>
                    <span className="radio-help">
                      {mode === 'open'
                        ? 'Anyone who reaches this server can create an account.'
                        : 'Only admins can add users.'}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <FieldCheck
            checked={settings.allowPrivateNetwork}
            onChange={(checked) => setSettings({ ...settings, allowPrivateNetwork: checked })}
          >
            <span>
              Allow model hosts, feeds and link checks on private network addresses (only on a
              trusted network). Credential verification and badge addresses never reach them.
            </span>
          </FieldCheck>
          <div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
