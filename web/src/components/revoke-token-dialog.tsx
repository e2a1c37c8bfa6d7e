import { useState } from 'react';
import type { ApiTokenInfo } from '../../../src/shared/accounts.ts';
import { describeError } from '../forms/field-errors.ts';
import { Alert } from './alert.tsx';
import { Dialog } from './dialog.tsx';

/** Confirms revoking one API token. */
export function RevokeTokenDialog({
  token,
  onCancel,
  onConfirm,
}: {
  token: ApiTokenInfo | null;
  onCancel: () => void;
  onConfirm: (token: ApiTokenInfo) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(token);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={token !== null}
      title="Revoke token?"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
            {busy ? 'Revoking…' : 'Revoke token'}
          </button>
        </>
      }
    >
      <p>
        Anything using <strong>{token?.name}</strong> will stop working immediately. This cannot be
        undone.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  );
}
