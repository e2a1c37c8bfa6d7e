import { type FormEvent, useId, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { FieldError } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, errorFor } from '../../../forms/field-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type InviteInfo, peersApi } from '../api.ts';

/** The web address of an invite; the API's link names `/peers/join`, the app serves it under /app. */
export function inviteUrl(token: string): string {
  return `${window.location.origin}/app/peers/join?token=${encodeURIComponent(token)}`;
}

/** Invite someone by email (they see it under pending invites), or make a link to pass on. */
export function InviteForm({ circleId }: { circleId: string }) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<InviteInfo | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(byEmail: boolean, event?: FormEvent) {
    event?.preventDefault();
    if (byEmail && !/^\S+@\S+\.\S+$/.test(email.trim())) {
      setFieldError('Enter an email address like name@example.com.');
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      setCreated(await peersApi.invite(circleId, byEmail ? email.trim() : undefined));
      if (byEmail) setEmail('');
    } catch (e) {
      setFieldError(errorFor(apiFieldErrors(e), 'email'));
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pr-invite">
      <form onSubmit={(e) => invite(true, e)} noValidate className="inline-form inline-form-wrap">
        <div className={fieldError ? 'field field-grow field-invalid' : 'field field-grow'}>
          <label htmlFor={id} className="field-label">
            Invite by email
          </label>
          <input
            id={id}
            type="email"
            value={email}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-err` : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          <FieldError id={`${id}-err`} message={fieldError} />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Send invite
        </button>
        <button
          type="button"
          className="button button-ghost"
          disabled={busy}
          onClick={() => invite(false)}
        >
          Create invite link
        </button>
      </form>
      {error && !fieldError ? <Alert tone="error">{error}</Alert> : null}
      <div aria-live="polite">
        {created ? (
          <Alert tone="success">
            {created.email
              ? `Invited ${created.email}. They see it under “Invites for you” once signed in.`
              : 'Invite link created. Anyone holding it can join until it expires:'}
            {created.email ? null : (
              <input
                className="mono pr-link-field"
                readOnly
                aria-label="Invite link"
                value={inviteUrl(created.token)}
                onFocus={(e) => e.target.select()}
              />
            )}
            <span className="muted pr-small"> Expires {formatDateTime(created.expiresAt)}.</span>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
