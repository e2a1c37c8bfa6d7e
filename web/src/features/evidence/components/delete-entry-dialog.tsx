import type { EvidenceEntry } from '../../../../../src/shared/evidence.ts';
import { Dialog } from '../../../components/dialog.tsx';

/** Confirms deleting an entry and explains the tombstone that stays. */
export function DeleteEntryDialog({
  entry,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  entry: EvidenceEntry | null;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={entry !== null}
      title="Delete this entry?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onClose}>
            Keep it
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={onConfirm}
            disabled={busy}
          >
            {busy ? 'Deleting…' : 'Delete entry'}
          </button>
        </>
      }
    >
      <p>
        <strong>{entry?.title}</strong>
      </p>
      <p>
        Its text, links and files are removed for good. A signed tombstone takes its place in the
        chain, so your ledger still verifies and anyone checking it sees that an entry was deleted —
        not that it never existed.
      </p>
      <p className="muted">
        Credentials already issued on this entry stay valid; revoke them if they should not.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
    </Dialog>
  );
}
