import { useEffect, useState } from 'react';
import type { CredentialInfo } from '../../../../../src/shared/evidence.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { LEVEL_LABELS } from '../evidence-format.ts';

/** Confirms revoking a credential and explains that revocation is public and final. */
export function RevokeCredentialDialog({
  credential,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  credential: CredentialInfo | null;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (credential) setReason('');
  }, [credential]);
  return (
    <Dialog
      open={credential !== null}
      title="Revoke this credential?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onClose}>
            Keep it
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => onConfirm(reason.trim() || 'Revoked by the holder')}
          >
            {busy ? 'Revoking…' : 'Revoke credential'}
          </button>
        </>
      }
    >
      {credential ? (
        <p>
          <strong>
            {credential.skillName} — {LEVEL_LABELS[credential.level]} level
          </strong>
        </p>
      ) : null}
      <p>
        Revoking sets this credential’s bit in the instance’s public status list. Anyone who
        verifies it from then on — on the verification page, with the CLI or any Open Badges
        verifier — sees it as revoked, including copies already downloaded. This cannot be undone;
        you can issue a new one while your evidence still meets the criteria.
      </p>
      <div className="field">
        <label className="field-label" htmlFor="revoke-reason">
          Reason (optional, kept with your record)
        </label>
        <input
          id="revoke-reason"
          value={reason}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </Dialog>
  );
}
