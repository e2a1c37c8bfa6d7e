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
import { NEW_PASSWORD_HINT, PasswordField } from '../../../ui/field-password.tsx';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';

const EMPTY = { email: '', name: '', password: '', role: 'member' as Role };

/** Lets an admin create an account for someone, e.g. when sign-up is closed. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { values: form, setValues: setForm, set, bind } = useFormValues(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

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
        <TextField label="Name" error={errors.name} {...bind('name')} />
        <TextField label="Email" error={errors.email} type="email" {...bind('email')} />
        <PasswordField
          fresh
          label="Initial password"
          hint={NEW_PASSWORD_HINT}
          error={errors.password}
          {...bind('password')}
        />
        <Field label="Role" error={errors.role}>
          {(p) => (
            <select {...p} value={form.role} onChange={(e) => set('role', e.target.value)}>
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
