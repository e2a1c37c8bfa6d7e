/** The outcome of the last save, shown beside the Save button. */
export type SaveStatus = { tone: 'success'; text: string } | { tone: 'error'; text: string } | null;

/** A sticky bar with the unsaved-changes indicator, the last save's outcome and Save. */
export function SaveBar({
  dirty,
  saving,
  status,
  onDiscard,
}: {
  dirty: boolean;
  saving: boolean;
  status: SaveStatus;
  onDiscard: () => void;
}) {
  return (
    <div className="save-bar">
      <div className="save-bar-state">
        <span
          className={dirty ? 'dot dot-warning' : 'dot dot-ok'}
          aria-hidden="true"
          data-testid="dirty-dot"
        />
        <span data-testid="dirty-state">{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
      </div>
      <div
        className={status ? `save-bar-message save-${status.tone}` : 'save-bar-message'}
        role={status?.tone === 'error' ? 'alert' : 'status'}
      >
        {status?.text}
      </div>
      <div className="save-bar-actions">
        <button
          type="button"
          className="button button-ghost"
          onClick={onDiscard}
          disabled={!dirty || saving}
        >
          Discard
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </div>
  );
}
