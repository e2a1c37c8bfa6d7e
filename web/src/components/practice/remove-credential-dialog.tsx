import { useState } from 'react';
import type { ExternalCredential } from '../../../../src/shared/practice.ts';
import { describeError } from '../../forms/field-errors.ts';
import { Alert } from '../alert.tsx';
import { Dialog } from '../dialog.tsx';

/** Confirms removing one external credential from the portfolio. */
export function RemoveCredentialDialog({
  credential,
  onCancel,
  onConfirm,
}: {
  credential: ExternalCredential | null;
  onCancel: () => void;
  onConfirm: (c: ExternalCredential) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!credential) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(credential);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={credential !== null}
      title="Remove credential?"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
            {busy ? 'Removing…' : 'Remove credential'}
          </button>
        </>
      }
    >
      <p>
        <strong>{credential?.title}</strong> disappears from your credentials and portfolio. You can
        add it again later from the same file or link.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  );
}
