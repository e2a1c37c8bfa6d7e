import type { ApiTokenInfo } from '../../../../../src/shared/accounts.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx';

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
  return (
    <ConfirmDialog
      item={token}
      title="Revoke token?"
      confirmLabel="Revoke token"
      busyLabel="Revoking…"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        Anything using <strong>{token?.name}</strong> will stop working immediately. This cannot be
        undone.
      </p>
    </ConfirmDialog>
  );
}
