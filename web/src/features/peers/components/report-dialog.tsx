import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, errorFor } from '../../../forms/field-errors.ts';
import { FormDialogActions } from '../../../ui/form-dialog-actions.tsx';
import { peersApi, type ReportedItem } from '../api.ts';

/** Asks for a reason and reports a person (or one of their items) to the instance admins. */
export function ReportDialog({
  open,
  person,
  report,
  onClose,
  onSent,
}: {
  open: boolean;
  person: { userId: string; name: string };
  report?: ReportedItem | undefined;
  onClose: () => void;
  onSent: () => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setFieldError('Say in a few words what happened (at least 3 characters).');
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      await peersApi.report({ userId: person.userId, ...report, reason: reason.trim() });
      setReason('');
      onSent();
    } catch (e) {
      setFieldError(errorFor(apiFieldErrors(e), 'reason'));
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={`Report ${person.name}?`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>
          The instance admins see your report and the item it concerns. {person.name} is not told
          who reported them.
        </p>
        <Field label="What happened" error={fieldError}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <FormDialogActions
          submitLabel="Send report"
          busyLabel="Sending…"
          busy={busy}
          tone="danger"
          cancelTone="secondary"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
