import { type FormEvent, useEffect, useState } from 'react';
import {
  AdminResetPasswordInput,
  type AdminUserInfo as AdminUser,
} from '../../../../../src/shared/accounts.ts';
import { adminContracts as admin } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { describeError, type FieldErrors, parseForm } from '../../../forms/field-errors.ts';
import { NEW_PASSWORD_HINT, PasswordField } from '../../../ui/field-password.tsx';
import { FormDialogActions } from '../../../ui/form-dialog-actions.tsx';

/** Sets a new password for another user. */
export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: AdminUser | null;
  onClose: () => void;
  onDone: (user: AdminUser) => void;
}) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A fresh form every time the dialog opens for someone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the user changes.
  useEffect(() => {
    setPassword('');
    setErrors({});
    setError(null);
  }, [user?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    const data = parseForm(AdminResetPasswordInput, { newPassword: password }, setErrors);
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      await api.call(admin.resetPassword, {
        params: { id: user.id },
        body: { newPassword: data.newPassword },
      });
      onDone(user);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={user !== null} title={`Reset password for ${user?.name ?? ''}`} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">They will need the new password the next time they sign in.</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <PasswordField
          fresh
          label="New password"
          hint={NEW_PASSWORD_HINT}
          error={errors.newPassword}
          value={password}
          onChange={setPassword}
        />
        <FormDialogActions
          submitLabel="Set password"
          busyLabel="Saving…"
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
