import { type FormEvent, useState } from 'react';
import { ChangePasswordInput } from '../../../../../src/shared/accounts.ts';
import { accountContracts as account } from '../../../../../src/shared/contracts/accounts.ts';
import { ApiError, api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { useSession } from '../../../session/session-context.ts';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Changes the password; the current one is required. */
export function ChangePasswordSection() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { clear } = useSession();

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const parsed = ChangePasswordInput.safeParse(form);
    const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (form.confirm !== form.newPassword) fieldErrors.confirm = 'does not match the new password';
    if (!parsed.success || fieldErrors.confirm) {
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.call(account.changePassword, { body: parsed.data });
      setForm(EMPTY);
      setMessage({ tone: 'success', text: 'Password changed.' });
      if (!(await sessionSurvived())) {
        // The server ends every session on a password change, this one included.
        clear(
          'Password changed. Every sign-in and API token has ended: sign in again with your new password.',
        );
      }
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setMessage({ tone: 'error', text: `Password not changed: ${describeError(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <p className="muted">
        Changing your password signs you out everywhere and ends every personal API token; create
        new tokens afterwards for scripts that need them.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <form className="form form-narrow" onSubmit={submit} noValidate>
        <Field label="Current password" error={errors.currentPassword}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={form.currentPassword}
              onChange={set('currentPassword')}
            />
          )}
        </Field>
        <Field label="New password" hint="At least 10 characters." error={errors.newPassword}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={form.newPassword}
              onChange={set('newPassword')}
            />
          )}
        </Field>
        <Field label="Repeat new password" error={errors.confirm}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={form.confirm}
              onChange={set('confirm')}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}

async function sessionSurvived(): Promise<boolean> {
  try {
    return (await api.auth.session()).user !== null;
  } catch (e) {
    return !(e instanceof ApiError && e.status === 401);
  }
}
