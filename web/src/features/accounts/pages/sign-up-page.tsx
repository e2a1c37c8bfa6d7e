import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { SignUpInput } from '../../../../../src/shared/accounts.ts';
import { ApiError } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSession } from '../../../session/session-context.ts';

/** Creates an account and signs the new user in. */
export function SignUpPage() {
  usePageTitle('Create your account');
  const { state, signUp } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'signed-in') return <Navigate to="/app" replace />;

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = SignUpInput.safeParse(form);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await signUp(parsed.data);
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
          <Field label="Name" error={errors.name}>
            {(p) => <input {...p} autoComplete="name" value={form.name} onChange={set('name')} />}
          </Field>
          <Field label="Email" error={errors.email}>
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="email"
                value={form.email}
                onChange={set('email')}
              />
            )}
          </Field>
          <Field label="Password" hint="At least 10 characters." error={errors.password}>
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
