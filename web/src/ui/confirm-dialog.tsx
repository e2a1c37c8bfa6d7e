import { type ReactNode, useState } from 'react';
import { Alert } from '../components/alert.tsx';
import { Dialog } from '../components/dialog.tsx';
import { describeError } from '../forms/field-errors.ts';
import { BusyButton } from './busy-button.tsx';

/** The footer of a dialog that asks before a destructive action: a way back, and the danger button. */
export function ConfirmActions({
  cancelLabel = 'Cancel',
  confirmLabel,
  busyLabel,
  busy,
  onCancel,
  onConfirm,
}: {
  cancelLabel?: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <>
      <button type="button" className="button button-ghost" onClick={onCancel}>
        {cancelLabel}
      </button>
      <BusyButton
        className="button button-danger"
        onClick={onConfirm}
        busy={busy}
        busyLabel={busyLabel}
      >
        {confirmLabel}
      </BusyButton>
    </>
  );
}

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
        <ConfirmActions
          onCancel={onCancel}
          onConfirm={confirm}
          busy={busy}
          confirmLabel={confirmLabel}
          busyLabel={busyLabel}
        />
      }
    >
      {children}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  );
}
