import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import type { EvidenceEntry, SkillStory } from '../../../../../src/shared/evidence.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { evidenceApi } from '../api.ts';
import { StoryEditor } from '../components/story-editor.tsx';

/** Skill stories: drafts from the ledger, every sentence tied to evidence, approved by you. */
export function StoriesTab() {
  usePageTitle('Skill stories');
  const [stories, setStories] = useState<SkillStory[] | null>(null);
  const [entries, setEntries] = useState<EvidenceEntry[]>([]);
  const [engine, setEngine] = useState<'model' | 'offline' | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [skillId, setSkillId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [s, e] = await Promise.all([evidenceApi.stories(), evidenceApi.entries()]);
      setStories(s.stories);
      setEntries(e.entries);
    } catch (e) {
      setLoadError(describeError(e));
    }
    evidenceApi
      .modelStatus()
      .then((m) => setEngine(m.active === 'offline' ? 'offline' : 'model'))
      .catch(() => setEngine(null));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const skillIds = useMemo(
    () => [...new Set(entries.filter((e) => !e.deleted).flatMap((e) => e.skills))],
    [entries],
  );
  const nameOf = useSkillNames(skillIds);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);

  async function draft(event: FormEvent) {
    event.preventDefault();
    if (!skillId) {
      setError('Choose a skill first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const story = await evidenceApi.draftStory(skillId);
      setStories((list) => [story, ...(list ?? []).filter((s) => s.id !== story.id)]);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  if (loadError) {
    return <LoadError what="your skill stories" message={loadError} onRetry={load} />;
  }
  if (!stories) return <LoadingState label="Loading your skill stories…" />;

  return (
    <div className="ev-stories">
      <form className="panel ev-draft" onSubmit={draft} aria-labelledby="ev-draft-title">
        <h2 id="ev-draft-title" className="ev-h2">
          Draft a skill story
        </h2>
        <p className="muted ev-small">
          A short account of how you learned and applied a skill, written from your ledger. Every
          sentence cites the entries behind it; sentences without evidence are flagged and never
          published. You edit and approve before anything goes public.
        </p>
        <div className="inline-form-wrap ev-draft-row">
          <div className="field">
            <label className="field-label" htmlFor="ev-story-skill">
              Skill
            </label>
            <select
              id="ev-story-skill"
              value={skillId}
              onChange={(e) => setSkillId(e.target.value)}
            >
              <option value="">Choose a skill from your ledger…</option>
              {skillIds.map((id) => (
                <option key={id} value={id}>
                  {nameOf(id)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !skillIds.length}
          >
            {busy ? 'Drafting…' : 'Draft story'}
          </button>
        </div>
        <p className="field-hint">
          {engine === 'model'
            ? 'Written by your configured AI model, then every sentence is checked against your ledger.'
            : engine === 'offline'
              ? 'Written by the offline template (no AI model is configured). Drafting again replaces the draft.'
              : 'Drafting again replaces the draft of that skill.'}
        </p>
        <div aria-live="polite">{error ? <p className="field-error">{error}</p> : null}</div>
      </form>
      {stories.length === 0 ? (
        <p className="empty-note">No stories yet. Draft one above.</p>
      ) : (
        <ul className="ev-story-list">
          {stories.map((s) => (
            <StoryEditor
              key={`${s.id}-${s.updatedAt}`}
              story={s}
              entries={byId}
              onSaved={(saved) =>
                setStories((list) => list?.map((x) => (x.id === saved.id ? saved : x)) ?? null)
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
