import { useState } from 'react';
import type { Visibility } from '../../../../../src/shared/accounts.ts';
import type {
  EvidenceEntry,
  SkillStory,
  StorySentence,
} from '../../../../../src/shared/evidence.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDate } from '../../../ui/format.ts';
import { SourceBadge } from '../../model/components/source-badge.tsx';
import { evidenceApi } from '../api.ts';
import { StorySentenceEditor } from './story-sentence-editor.tsx';
import { VisibilitySelect } from './visibility-select.tsx';

/** A skill story: sentences with their evidence, editing, and approval for publishing. */
export function StoryEditor({
  story,
  entries,
  onSaved,
}: {
  story: SkillStory;
  entries: ReadonlyMap<string, EvidenceEntry>;
  onSaved: (story: SkillStory) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<StorySentence[]>(story.sentences);
  const [visibility, setVisibility] = useState<Visibility>(story.visibility);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sentences = editing ? draft : story.sentences;
  const flagged = sentences.filter((s) => s.flagged).length;
  const candidates = [...entries.values()].filter(
    (e) => !e.deleted && e.skills.includes(story.skillId),
  );

  async function act(fn: () => Promise<SkillStory>) {
    setBusy(true);
    setError(null);
    try {
      const saved = await fn();
      setDraft(saved.sentences);
      setEditing(false);
      onSaved(saved);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const engine =
    story.engine === 'model'
      ? 'Drafted by the AI model, then checked against your ledger'
      : 'Drafted by the offline template from your ledger (no AI)';
  return (
    <li className="panel ev-story" data-testid="story">
      <div className="ev-story-head">
        <h3 className="ev-story-title">{story.skillName}</h3>
        <span className={story.status === 'approved' ? 'badge ev-badge-ok' : 'badge badge-warning'}>
          {story.status === 'approved'
            ? `Approved ${story.approvedAt ? formatDate(story.approvedAt) : ''}`
            : 'Draft'}
        </span>
        <span className={story.engine === 'model' ? 'badge ev-badge-ai' : 'badge'}>{engine}</span>
        {story.provenance ? <SourceBadge source="model" provenance={story.provenance} /> : null}
      </div>
      {flagged ? (
        <p className="ev-flag" role="status">
          {flagged} sentence{flagged === 1 ? ' has' : 's have'} no supporting evidence
          (highlighted). Approval is refused until each one cites an entry or is removed.
        </p>
      ) : null}
      <ol className="ev-sentences">
        {sentences.map((s, i) => (
          <StorySentenceEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no ids; order is their identity
            key={i}
            index={i}
            sentence={s}
            entries={entries}
            candidates={candidates}
            editing={editing}
            onChange={(next) => setDraft((d) => d.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setDraft((d) => d.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      {story.removed.length ? (
        <details className="ev-removed">
          <summary>
            {story.removed.length} sentence{story.removed.length === 1 ? '' : 's'} left out by the
            evidence check
          </summary>
          <ul>
            {story.removed.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from the server
              <li key={i}>
                “{r.text}” — <span className="muted">{r.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ev-story-actions">
        {editing ? (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || draft.length === 0}
              onClick={() => act(() => evidenceApi.editStory(story.id, draft))}
            >
              {busy ? 'Saving…' : 'Save and re-check'}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                setDraft(story.sentences);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(true)}
            >
              Edit text
            </button>
            <VisibilitySelect
              value={visibility}
              label={`Who can see the ${story.skillName} story once approved`}
              onChange={setVisibility}
            />
            <button
              type="button"
              className="button button-primary"
              disabled={busy || flagged > 0}
              onClick={() => act(() => evidenceApi.approveStory(story.id, visibility))}
            >
              {story.status === 'approved' ? 'Approve again' : 'Approve to publish'}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
