import { type FormEvent, useState } from 'react';
import { Role, SignUpInput } from '../../../../../src/shared/accounts.ts';
import { adminContracts as admin } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  parseForm,
} from '../../../forms/field-errors.ts';

const EMPTY = { email: '', name: '', password: '', role: 'member' as Role };

/** Lets an admin create an account for someone, e.g. when sign-up is closed. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const data = parseForm(SignUpInput.extend({ role: Role }), form, setErrors);
    if (!data) return;
    setBusy(true);
    try {
      await api.call(admin.createUser, { body: data });
      setMessage({ tone: 'success', text: `Created ${data.email}.` });
      setForm(EMPTY);
      onCreated();
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setMessage({ tone: 'error', text: `Could not create the user: ${describeError(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="create-user-title">
      <h3 id="create-user-title">Add a user</h3>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid-2">
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} value={form.name} onChange={set('name')} />}
        </Field>
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" value={form.email} onChange={set('email')} />}
        </Field>
        <Field label="Initial password" hint="At least 10 characters." error={errors.password}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={set('password')}
            />
          )}
        </Field>
        <Field label="Role" error={errors.role}>
          {(p) => (
            <select {...p} value={form.role} onChange={set('role')}>
              <option value="member">Member</option>
              <option value="admin">Admin</option>
            </select>
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}
