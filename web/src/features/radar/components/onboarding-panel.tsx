import { type ChangeEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import type { SkillSuggestion } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { FileButton } from '../../../ui/file-button.tsx';
import { useFormSend } from '../../../ui/form-send.ts';
import { radarApi } from '../api.ts';
import { EngineBadge } from './engine-badge.tsx';
import { SuggestionRow } from './suggestion-row.tsx';

type Choice = { checked: boolean; level: number };
type Input = { cvText: string } | { resume: Record<string, unknown> };

/**
 * Nothing is pre-ticked and no level is guessed: a CV mentions a skill, it does not say how
 * well the person knows it. Skills already in the profile start at their profile level.
 */
const preselect = (s: SkillSuggestion): Choice => ({ checked: false, level: s.currentLevel ?? 0 });

/**
 * Onboarding from a CV: paste its text or upload a JSON Resume, review the skills found
 * (each with the words it came from and a suggested level), and merge the ticked ones.
 */
export function OnboardingPanel() {
  const fileId = useId();
  const [cv, setCv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<SkillSuggestion[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [fieldError, setFieldError] = useState<string>();
  const { busy, formError: error, setFormError: setError, send } = useFormSend({ alwaysSay: true });
  const [merged, setMerged] = useState<number | null>(null);

  async function analyse(input: Input) {
    setMerged(null);
    await send(async () => {
      const r = await radarApi.suggest(input);
      setSuggestions(r.suggestions);
      setChoices(Object.fromEntries(r.suggestions.map((s) => [s.skillId, preselect(s)])));
    });
  }

  async function pickResume(event: ChangeEvent<HTMLInputElement>) {
    const f = event.target.files?.[0];
    event.target.value = '';
    if (!f) return;
    setFileName(f.name);
    try {
      const doc: unknown = JSON.parse(await f.text());
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('not an object');
      await analyse({ resume: doc as Record<string, unknown> });
    } catch {
      setError(
        `${f.name} is not a JSON Resume document (a JSON object with basics, work, skills…).`,
      );
    }
  }

  async function confirm() {
    const skills = Object.entries(choices)
      .filter(([, c]) => c.checked && c.level > 0)
      .map(([skillId, c]) => ({ skillId, level: c.level }));
    if (skills.length === 0) return;
    await send(async () => {
      await radarApi.confirm(skills);
      setMerged(skills.length);
      setSuggestions(null);
    });
  }

  const picked = Object.values(choices).filter((c) => c.checked && c.level > 0).length;
  const unleveled = Object.values(choices).filter((c) => c.checked && c.level === 0).length;
  return (
    <div>
      <div className="radar-onboard-inputs">
        <form
          noValidate
          aria-label="CV text"
          onSubmit={(e) => {
            e.preventDefault();
            if (!cv.trim()) return setFieldError('Paste the text of your CV first.');
            setFieldError(undefined);
            void analyse({ cvText: cv });
          }}
        >
          <Field
            label="Paste your CV"
            hint="Plain text is enough; it stays on this server."
            error={fieldError}
          >
            {(p) => (
              <textarea
                {...p}
                rows={7}
                maxLength={50_000}
                value={cv}
                onChange={(e) => setCv(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Reading…' : 'Find skills in my CV'}
          </button>
        </form>
        <div className="radar-onboard-or">
          <p className="field-label">Or upload a JSON Resume</p>
          <p className="field-hint">The jsonresume.org format many CV tools export.</p>
          <FileButton
            id={fileId}
            accept=".json,application/json"
            onChange={pickResume}
            disabled={busy}
          >
            Upload JSON Resume…
          </FileButton>
          {fileName ? <p className="radar-meta">{fileName}</p> : null}
        </div>
      </div>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {merged !== null ? (
          <Alert
            tone="success"
            title={`${merged} skill${merged === 1 ? '' : 's'} merged into your profile`}
          >
            <p>
              <Link to="/app/profile">Review your profile</Link> or{' '}
              <Link to="/app/radar">see what to learn next</Link>.
            </p>
          </Alert>
        ) : null}
        {suggestions ? (
          <section className="radar-suggestions" aria-labelledby="radar-suggested">
            <h3 id="radar-suggested" className="radar-subhead">
              {suggestions.length} skill{suggestions.length === 1 ? '' : 's'} found <EngineBadge />
            </h3>
            {suggestions.length === 0 ? (
              <p className="empty-note">No skills from the taxonomy were found. Try a fuller CV.</p>
            ) : (
              <>
                <p className="radar-meta">
                  Each skill shows the line of your CV it was read from. Tick the ones that are
                  yours and choose your level; nothing is added until you confirm.
                </p>
                <ul className="radar-suggestion-list">
                  {suggestions.map((s) => {
                    const c = choices[s.skillId] ?? preselect(s);
                    const set = (patch: Partial<Choice>) =>
                      setChoices((all) => ({ ...all, [s.skillId]: { ...c, ...patch } }));
                    return (
                      <SuggestionRow
                        key={s.skillId}
                        suggestion={s}
                        checked={c.checked}
                        level={c.level}
                        onToggle={(checked) => set({ checked })}
                        onLevel={(level) => set({ level, checked: level > 0 })}
                      />
                    );
                  })}
                </ul>
                {unleveled ? (
                  <p className="field-hint">
                    Choose a level for {unleveled} ticked skill{unleveled === 1 ? '' : 's'}.
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || picked === 0 || unleveled > 0}
                  onClick={confirm}
                >
                  {busy ? 'Saving…' : `Add ${picked} skill${picked === 1 ? '' : 's'} to my profile`}
                </button>
              </>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
