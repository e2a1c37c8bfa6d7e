import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { SignUpInput } from '../../../../../src/shared/accounts.ts';
import { ApiError } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  parseForm,
} from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSession } from '../../../session/session-context.ts';
import { NEW_PASSWORD_HINT, PasswordField } from '../../../ui/field-password.tsx';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';

/** Creates an account and signs the new user in. */
export function SignUpPage() {
  usePageTitle('Create your account');
  const { state, signUp } = useSession();
  const navigate = useNavigate();
  const { values: form, bind } = useFormValues({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'signed-in') return <Navigate to="/app" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const data = parseForm(SignUpInput, form, setErrors);
    if (!data) return;
    setBusy(true);
    try {
      await signUp(data);
      navigate('/app', { replace: true });
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setFormError(
        e instanceof ApiError && e.code === 'conflict'
          ? 'An account with this email already exists. Sign in instead.'
          : describeError(e),
      );
      setBusy(false);
    }
  }

  return (
    <PublicLayout>
      <div className="card auth-card">
        <h1>Create your account</h1>
        <p className="muted">Track the skills clients pay for, and prove you have them.</p>
        {formError ? (
          <Alert tone="error" title="Could not create the account">
            {formError}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate className="form">
          <TextField label="Name" error={errors.name} autoComplete="name" {...bind('name')} />
          <TextField
            label="Email"
            error={errors.email}
            type="email"
            autoComplete="email"
            {...bind('email')}
          />
          <PasswordField
            fresh
            label="Password"
            hint={NEW_PASSWORD_HINT}
            error={errors.password}
            {...bind('password')}
          />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? 'Creating account…' : 'Create account'}
          </button>
        </form>
        <p className="auth-switch">
          Already have an account? <Link to="/signin">Sign in</Link>
        </p>
      </div>
    </PublicLayout>
  );
}
