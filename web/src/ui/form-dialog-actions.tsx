/**
 * The footer of a dialog that holds a form: a way back, and the submit button, which shows
 * `busyLabel` and is disabled while the form is sent (or while `disabled`).
 */
export function FormDialogActions({
  submitLabel,
  busyLabel,
  busy,
  disabled = false,
  tone = 'primary',
  cancelTone = 'ghost',
  onCancel,
}: {
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
  cancelTone?: 'ghost' | 'secondary';
  onCancel: () => void;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className={`button button-${cancelTone}`} onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={`button button-${tone}`} disabled={disabled || busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
