import { useId } from 'react';
import type { EvidenceEntry, StorySentence } from '../../../../../src/shared/evidence.ts';
import { ChipRemove } from '../../../ui/field-chips.tsx';
import { ClaimFlags } from '../../model/components/claim-flags.tsx';

/**
 * One sentence of a skill story: its text, the ledger entries it cites, and the check's
 * flag when no entry supports it. In read mode only the text and its sources show.
 */
export function StorySentenceEditor({
  index,
  sentence,
  entries,
  candidates,
  editing,
  onChange,
  onRemove,
}: {
  index: number;
  sentence: StorySentence;
  /** Entry id → entry, to name the sources. */
  entries: ReadonlyMap<string, EvidenceEntry>;
  /** Entries of this skill that may be linked. */
  candidates: EvidenceEntry[];
  editing: boolean;
  onChange: (sentence: StorySentence) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const title = (entryId: string) =>
    entries.get(entryId)?.title ?? 'An entry no longer in your ledger';
  const unlinked = candidates.filter((e) => !sentence.entryIds.includes(e.id));
  return (
    <li className={sentence.flagged ? 'ev-sentence ev-sentence-flagged' : 'ev-sentence'}>
      {editing ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            Sentence {index + 1}
          </label>
          <textarea
            id={`${id}-text`}
            rows={2}
            maxLength={600}
            value={sentence.text}
            onChange={(e) => onChange({ ...sentence, text: e.target.value })}
          />
        </>
      ) : (
        <p className="ev-sentence-text">{sentence.text}</p>
      )}
      {sentence.flagged ? (
        <p className="ev-flag">
          <strong>{sentence.flags?.length ? 'Not shown by its evidence' : 'No evidence'}:</strong>{' '}
          {sentence.flagged}. Edit it, link an entry that shows it, or remove the sentence — it will
          not be published as it is.
        </p>
      ) : null}
      <ClaimFlags flags={sentence.flags} />
      <ul className="ev-sources" aria-label={`Evidence for sentence ${index + 1}`}>
        {sentence.entryIds.map((entryId) => (
          <li key={entryId} className="ev-source">
            <span aria-hidden="true">↳</span> {title(entryId)}
            {editing ? (
              <ChipRemove
                label={`Unlink “${title(entryId)}”`}
                onRemove={() =>
                  onChange({
                    ...sentence,
                    entryIds: sentence.entryIds.filter((x) => x !== entryId),
                  })
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editing ? (
        <div className="ev-sentence-tools">
          {unlinked.length ? (
            <>
              <label className="visually-hidden" htmlFor={`${id}-link`}>
                Link evidence to sentence {index + 1}
              </label>
              <select
                id={`${id}-link`}
                className="ev-link-select"
                value=""
                onChange={(e) =>
                  e.target.value &&
                  onChange({ ...sentence, entryIds: [...sentence.entryIds, e.target.value] })
                }
              >
                <option value="">Link evidence…</option>
                {unlinked.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.title}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button type="button" className="button button-ghost button-small" onClick={onRemove}>
            Remove sentence
          </button>
        </div>
      ) : null}
    </li>
  );
}
