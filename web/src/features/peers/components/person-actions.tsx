import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { peersApi, type ReportedItem } from '../api.ts';
import { ReportDialog } from './report-dialog.tsx';

/** "Block" and "Report" for one person, each behind a confirm dialog. */
export function PersonActions({
  person,
  onBlocked,
  report,
}: {
  person: { userId: string; name: string };
  onBlocked?: () => void;
  /** What exactly is reported, when it is an item rather than the person. */
  report?: ReportedItem;
}) {
  const [open, setOpen] = useState<'block' | 'report' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function block() {
    setBusy(true);
    setError(null);
    try {
      await peersApi.block(person.userId);
      setOpen(null);
      onBlocked?.();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="pr-person-actions">
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={`Block ${person.name}`}
        onClick={() => {
          setError(null);
          setOpen('block');
        }}
      >
        Block
      </button>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={`Report ${person.name}`}
        onClick={() => setOpen('report')}
      >
        Report
      </button>
      <span aria-live="polite">{notice ? <span className="pr-small">{notice}</span> : null}</span>
      <Dialog
        open={open === 'block'}
        title={`Block ${person.name}?`}
        onClose={() => setOpen(null)}
        footer={
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={() => setOpen(null)}>
              Cancel
            </button>
            <button type="button" className="button button-danger" disabled={busy} onClick={block}>
              {busy ? 'Blocking…' : 'Block'}
            </button>
          </div>
        }
      >
        <p>
          You will not be matched with {person.name}, and neither of you can message the other or
          route questions to each other. They are not told. You can unblock them from your peer
          profile.
        </p>
        {error ? <Alert tone="error">{error}</Alert> : null}
      </Dialog>
      <ReportDialog
        open={open === 'report'}
        person={person}
        report={report}
        onClose={() => setOpen(null)}
        onSent={() => {
          setOpen(null);
          setNotice('Report sent to the admins.');
        }}
      />
    </span>
  );
}
