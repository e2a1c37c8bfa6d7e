import { type FormEvent, useState } from 'react';
import { ChangePasswordInput } from '../../../../../src/shared/accounts.ts';
import { accountContracts as account } from '../../../../../src/shared/contracts/accounts.ts';
import { ApiError, api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { useSession } from '../../../session/session-context.ts';
import { NEW_PASSWORD_HINT, PasswordField } from '../../../ui/field-password.tsx';
import { useFormValues } from '../../../ui/form-values.ts';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Changes the password; the current one is required. */
export function ChangePasswordSection() {
  const { values: form, setValues: setForm, bind } = useFormValues(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { clear } = useSession();

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
        <PasswordField
          label="Current password"
          error={errors.currentPassword}
          {...bind('currentPassword')}
        />
        <PasswordField
          fresh
          label="New password"
          hint={NEW_PASSWORD_HINT}
          error={errors.newPassword}
          {...bind('newPassword')}
        />
        <PasswordField
          fresh
          label="Repeat new password"
          error={errors.confirm}
          {...bind('confirm')}
        />
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
