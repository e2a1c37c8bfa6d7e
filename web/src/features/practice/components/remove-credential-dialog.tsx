import type { ExternalCredential } from '../../../../../src/shared/practice.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx';

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
  return (
    <ConfirmDialog
      item={credential}
      title="Remove credential?"
      confirmLabel="Remove credential"
      busyLabel="Removing…"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        <strong>{credential?.title}</strong> disappears from your credentials and portfolio. You can
        add it again later from the same file or link.
      </p>
    </ConfirmDialog>
  );
}
