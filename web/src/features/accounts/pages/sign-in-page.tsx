import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { SignInInput } from '../../../../../src/shared/accounts.ts';
import { ApiError, api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import { TryDemoButton } from '../../../components/try-demo-button.tsx';
import { describeError, type FieldErrors, parseForm } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSafeNext } from '../../../hooks/use-safe-next.ts';
import { useSession } from '../../../session/session-context.ts';
import { PasswordField } from '../../../ui/field-password.tsx';
import { TextField } from '../../../ui/text-field.tsx';

/** Email and password sign-in, with "Try the demo" and the shared demo's credentials when offered. */
export function SignInPage() {
  usePageTitle('Sign in');
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const next = useSafeNext();
  const notice = state.status === 'signed-out' ? state.notice : undefined;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data: demo } = useLoad(() => api.auth.demoHint(), []);

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const data = parseForm(SignInInput, { email, password }, setErrors);
    if (!data) return;
    setBusy(true);
    try {
      await signIn(data.email, data.password);
      navigate(next, { replace: true });
    } catch (e) {
      setFormError(signInMessage(e));
      setBusy(false);
    }
  }

  return (
    <PublicLayout>
      <div className="card auth-card">
        <h1>Sign in</h1>
        <p className="muted">Welcome back. Pick up where you left off.</p>
        {demo?.personal ? (
          <div className="demo-hint" role="note">
            <p>No account yet? Explore your own copy of the demo for 24 hours.</p>
            <TryDemoButton className="button button-secondary button-small" />
          </div>
        ) : null}
        {demo?.email && demo.password ? (
          <div className="demo-hint" role="note">
            <p>
              <strong>Shared demo:</strong> {demo.email} / {demo.password}
            </p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setEmail(demo.email ?? '');
                setPassword(demo.password ?? '');
              }}
            >
              Use demo account
            </button>
          </div>
        ) : null}
        {notice && !formError ? <Alert tone="info">{notice}</Alert> : null}
        {formError ? (
          <Alert tone="error" title="Could not sign in">
            {formError}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate className="form">
          <TextField
            label="Email"
            error={errors.email}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
          />
          <PasswordField
            label="Password"
            error={errors.password}
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="auth-switch">
          New here? <Link to="/signup">Create an account</Link>
        </p>
      </div>
    </PublicLayout>
  );
}

function signInMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited') return error.message || 'Too many attempts. Wait a minute.';
    if (error.status === 401) return 'That email and password do not match an account.';
  }
  return describeError(error);
}
