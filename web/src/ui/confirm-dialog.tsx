import { type ReactNode, useState } from 'react';
import { Alert } from '../components/alert.tsx';
import { Dialog } from '../components/dialog.tsx';
import { describeError } from '../forms/field-errors.ts';

/**
 * Asks before a destructive action on `item` (open while it is not null): Cancel, or the
 * danger button, which waits for `onConfirm` and shows its error in the dialog.
 */
export function ConfirmDialog<T>({
  item,
  title,
  confirmLabel,
  busyLabel,
  onCancel,
  onConfirm,
  children,
}: {
  item: T | null;
  title: string;
  confirmLabel: string;
  busyLabel: string;
  onCancel: () => void;
  onConfirm: (item: T) => Promise<void>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (item === null) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(item);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={item !== null}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  );
}
