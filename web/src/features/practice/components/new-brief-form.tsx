import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BriefLevel } from '../../../../../src/shared/practice.ts';
import type { PostInfo } from '../../../../../src/shared/radar.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import {
  rememberSkills,
  resolveSkillNames,
  useSkillNames,
} from '../../../hooks/use-skill-names.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { showSendFailure } from '../../../ui/form-send.ts';
import { practiceApi } from '../api.ts';
import { LEVEL_LABELS } from '../practice-labels.ts';

/**
 * Creates a mock client brief: a skill (from the profile or searched), a level, and optionally
 * one of the person's imported postings to start from. Opens the new brief when done.
 */
export function NewBriefForm({ modelActive }: { modelActive: boolean }) {
  const navigate = useNavigate();
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [posts, setPosts] = useState<PostInfo[]>([]);
  const [skillId, setSkillId] = useState('');
  const [level, setLevel] = useState<BriefLevel>('beginner');
  const [postId, setPostId] = useState('');
  const [useModel, setUseModel] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = useSkillNames(skillIds);

  useEffect(() => {
    let live = true;
    void Promise.all([
      api.profile.get().catch(() => null),
      practiceApi.posts().catch(() => ({ posts: [] })),
    ]).then(async ([profile, list]) => {
      const ids = profile?.skills.map((s) => s.skillId) ?? [];
      await resolveSkillNames(ids);
      if (!live) return;
      setSkillIds(ids);
      setSkillId((cur) => cur || ids[0] || '');
      setPosts(list.posts.filter((p) => p.skills.some((s) => s.skillId)));
    });
    return () => {
      live = false;
    };
  }, []);

  const post = posts.find((p) => p.id === postId);
  const postSkills = post ? post.skills.flatMap((s) => (s.skillId ? [s.skillId] : [])) : [];
  const options = post ? [...new Set(postSkills)] : skillIds;

  function choosePost(id: string) {
    setPostId(id);
    const p = posts.find((x) => x.id === id);
    const first = p?.skills.find((s) => s.skillId)?.skillId;
    if (p) rememberSkills(p.skills.flatMap((s) => (s.skillId ? [toSkill(s.skillId, s.name)] : [])));
    if (first) setSkillId(first);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!skillId) {
      setErrors({ skillId: 'Choose the skill you want to practise.' });
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const brief = await practiceApi.createBrief({
        skillId,
        level,
        useModel: modelActive && useModel,
        ...(postId ? { postId } : {}),
      });
      navigate(`/app/practice/briefs/${brief.id}`);
    } catch (e) {
      showSendFailure(e, setErrors, setFormError);
      setBusy(false);
    }
  }

  return (
    <form
      className="panel new-brief"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-brief-title"
    >
      <h2 id="new-brief-title">New brief</h2>
      <p className="muted">
        A mock client writes to you: who they are, what they need, deadline, budget, tone and tools,
        how they will judge it — and one change of mind halfway through.
      </p>
      <div className="new-brief-grid">
        <Field label="Start from an imported posting (optional)" error={errors.postId}>
          {(control) => (
            <select {...control} value={postId} onChange={(e) => choosePost(e.target.value)}>
              <option value="">No — use patterns from all my postings</option>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                  {p.client ? ` · ${p.client}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Skill"
          error={errors.skillId}
          hint={
            post ? 'Skills found in this posting.' : 'Skills from your profile, or search below.'
          }
        >
          {(control) => (
            <select {...control} value={skillId} onChange={(e) => setSkillId(e.target.value)}>
              {options.length === 0 ? <option value="">No skills yet — search below</option> : null}
              {options.map((id) => (
                <option key={id} value={id}>
                  {nameOf(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Level" error={errors.level}>
          {(control) => (
            <select
              {...control}
              value={level}
              onChange={(e) => setLevel(e.target.value as BriefLevel)}
            >
              {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {post ? null : (
        <SkillPicker
          exclude={new Set(skillIds)}
          onPick={(skill) => {
            setSkillIds((ids) => [...ids, skill.id]);
            setSkillId(skill.id);
          }}
        />
      )}
      {modelActive ? (
        <FieldCheck checked={useModel} className="practice-check" onChange={setUseModel}>
          Let the configured model write the brief (checked and labelled as model-generated)
        </FieldCheck>
      ) : (
        <p className="field-hint">
          No model is configured, so the offline engine writes the brief from patterns in your
          imported postings. The same inputs always give the same brief.
        </p>
      )}
      {formError ? (
        <Alert tone="error" title="Could not create the brief">
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Writing the brief…' : 'Create brief'}
        </button>
      </div>
    </form>
  );
}

function toSkill(id: string, name: string) {
  return { id, name, category: '', domain: '', description: '', aliases: [] };
}
