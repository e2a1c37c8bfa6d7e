import { type FormEvent, useId, useState } from 'react';
import type { ConfirmationLink } from '../../../../../src/shared/evidence.ts';
import { Alert } from '../../../components/alert.tsx';
import { useFormSend } from '../../../ui/form-send.ts';
import { formatDate } from '../../../ui/format.ts';
import { evidenceApi } from '../api.ts';
import { CopyButton } from './copy-button.tsx';

type Link = typeof ConfirmationLink._output;

/**
 * "Ask the client to confirm": makes a one-time link the client opens (no account needed)
 * to confirm the project. The link is shown once, so it stays on screen with a copy button.
 */
export function ConfirmationLinkPanel({
  entryId,
  defaultClient,
}: {
  entryId: string;
  defaultClient: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [client, setClient] = useState(defaultClient);
  const [days, setDays] = useState(14);
  const { busy, formError: error, send } = useFormSend({ alwaysSay: true });
  const [link, setLink] = useState<Link | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    await send(async () =>
      setLink(await evidenceApi.confirmationLink(entryId, { clientName: client.trim(), days })),
    );
  }

  if (link) {
    return (
      <div className="ev-confirm" aria-live="polite">
        <p className="ev-confirm-title">One-time confirmation link</p>
        <p className="field-hint">
          Send this to your client. It works once, until {formatDate(link.expiresAt)}, and is shown
          only now — copy it before you leave this page. Their confirmation becomes its own signed
          entry in your ledger.
        </p>
        <div className="ev-copy-row">
          <input
            className="mono"
            readOnly
            value={link.url}
            aria-label="Confirmation link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={link.url} label="Copy link" />
        </div>
      </div>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setOpen(true)}
      >
        Ask the client to confirm
      </button>
    );
  }
  return (
    <form className="ev-confirm" onSubmit={create}>
      <p className="ev-confirm-title">Ask the client to confirm this project</p>
      <div className="ev-confirm-fields">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-client`}>
            Client name (shown to them)
          </label>
          <input
            id={`${id}-client`}
            value={client}
            maxLength={120}
            onChange={(e) => setClient(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-days`}>
            Link valid for (days)
          </label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={60}
            className="input-narrow"
            value={days}
            onChange={(e) => setDays(Math.min(60, Math.max(1, Number(e.target.value) || 1)))}
          />
        </div>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {busy ? 'Creating…' : 'Create link'}
        </button>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => setOpen(false)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
