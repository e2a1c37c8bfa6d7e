import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Visibility } from '../../../../../src/shared/accounts.ts';
import type { EvidenceEntry } from '../../../../../src/shared/evidence.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { evidenceApi } from '../api.ts';
import { AddEvidenceForm } from '../components/add-evidence-form.tsx';
import { DeleteEntryDialog } from '../components/delete-entry-dialog.tsx';
import { LedgerEntryCard } from '../components/ledger-entry-card.tsx';
import { LedgerVerifyPanel } from '../components/ledger-verify-panel.tsx';

/** The ledger: a timeline of entries, adding and deleting them, and checking the chain. */
export function LedgerTab() {
  usePageTitle('Evidence ledger');
  const [entries, setEntries] = useState<EvidenceEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<EvidenceEntry | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const nameOf = useSkillNames(useMemo(() => (entries ?? []).flatMap((e) => e.skills), [entries]));

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setEntries((await evidenceApi.entries()).entries);
    } catch (e) {
      setLoadError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const relatedOf = useMemo(() => {
    const map = new Map<string, EvidenceEntry[]>();
    for (const e of entries ?? []) {
      if (!e.relatesTo) continue;
      map.set(e.relatesTo, [...(map.get(e.relatesTo) ?? []), e]);
    }
    return map;
  }, [entries]);

  async function changeVisibility(entry: EvidenceEntry, visibility: Visibility) {
    setBusyId(entry.id);
    setRowError(null);
    try {
      const updated = await evidenceApi.setVisibility(entry.id, visibility);
      setEntries((list) => list?.map((e) => (e.id === updated.id ? updated : e)) ?? null);
      setNotice(`“${entry.title}” is now ${visibility}.`);
    } catch (e) {
      setRowError(`Could not change who sees “${entry.title}”: ${describeError(e)}`);
    } finally {
      setBusyId(null);
    }
  }

  async function confirmDelete() {
    if (!toDelete) return;
    setBusyId(toDelete.id);
    setDeleteError(null);
    try {
      await evidenceApi.remove(toDelete.id);
      setNotice(`Deleted “${toDelete.title}”. A signed tombstone keeps its place in the chain.`);
      setToDelete(null);
      await load();
    } catch (e) {
      setDeleteError(describeError(e));
    } finally {
      setBusyId(null);
    }
  }

  if (loadError) {
    return <LoadError what="your ledger" message={loadError} onRetry={load} />;
  }
  if (!entries) return <LoadingState label="Loading your ledger…" />;

  const live = entries.filter((e) => !e.deleted).length;
  return (
    <div className="ev-ledger">
      <LedgerVerifyPanel />
      <div className="ev-section-head">
        <h2 className="ev-h2">
          Timeline <span className="muted ev-count">{live} entries</span>
        </h2>
        {!adding ? (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add evidence
          </button>
        ) : null}
      </div>
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      {rowError ? <Alert tone="error">{rowError}</Alert> : null}
      {adding ? (
        <AddEvidenceForm
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setNotice('Added to your ledger.');
            void load();
          }}
        />
      ) : null}
      {entries.length === 0 ? (
        <p className="empty-note">
          Nothing here yet. Completed path steps, reviewed practice work and peer validations appear
          on their own; add client projects, artifacts and reflections with “Add evidence”.
        </p>
      ) : (
        <ol className="ev-timeline" aria-label="Ledger entries, newest first">
          {entries.map((entry) => (
            <LedgerEntryCard
              key={entry.id}
              entry={entry}
              related={relatedOf.get(entry.id) ?? []}
              nameOf={nameOf}
              busy={busyId === entry.id}
              onVisibility={(v) => changeVisibility(entry, v)}
              onDelete={() => {
                setDeleteError(null);
                setToDelete(entry);
              }}
            />
          ))}
        </ol>
      )}
      <DeleteEntryDialog
        entry={toDelete}
        busy={busyId !== null}
        error={deleteError}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      />
    </div>
  );
}
