import { type FormEvent, useState } from 'react';
import { accountContracts as account } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useSession, useUser } from '../../../session/session-context.ts';
import { PasswordField } from '../../../ui/field-password.tsx';
import { FormDialogActions } from '../../../ui/form-dialog-actions.tsx';
import { TextField } from '../../../ui/text-field.tsx';

/** Deletes the account after the user types their email and password in a dialog. */
export function DeleteAccountSection() {
  const user = useUser();
  const { clear } = useSession();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailMatches = email.trim().toLowerCase() === user.email.toLowerCase();

  function close() {
    setOpen(false);
    setEmail('');
    setPassword('');
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!emailMatches || !password) return;
    setBusy(true);
    setError(null);
    try {
      await api.call(account.deleteAccount, { body: { password } });
      clear('Your account and its data have been deleted.');
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <section className="panel panel-danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p className="muted">
        Permanently deletes your account and everything in it. Export your data first if you want to
        keep it.
      </p>
      <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
        Delete my account…
      </button>
      <Dialog open={open} title="Delete your account?" onClose={close}>
        <form className="form" onSubmit={submit} noValidate>
          <p>
            This removes your profile, tokens and all your records. It cannot be undone. Type{' '}
            <strong>{user.email}</strong> to confirm.
          </p>
          <p className="muted">
            Your credentials are marked revoked, and your portfolio address stays unused for 180
            days: links you shared say the portfolio was removed, never someone else's page.
          </p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField
            label="Your email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
          />
          <PasswordField label="Your password" value={password} onChange={setPassword} />
          <FormDialogActions
            submitLabel="Delete account forever"
            busyLabel="Deleting…"
            busy={busy}
            disabled={!emailMatches || !password}
            tone="danger"
            onCancel={close}
          />
        </form>
      </Dialog>
    </section>
  );
}
