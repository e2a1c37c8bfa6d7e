import { type FormEvent, useEffect, useState } from 'react';
import {
  type FieldVisibility,
  PEER_FIELDS,
  type PeerField,
  type PeerProfileView,
} from '../../../../../src/shared/peers.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { ChipInput } from '../../../components/chip-input.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import {
  apiFieldErrors,
  describeError,
  errorFor,
  type FieldErrors,
} from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { peersApi } from '../api.ts';
import { BlockedList } from '../components/blocked-list.tsx';
import { CreditsSummary } from '../components/credits-summary.tsx';
import { FieldVisibilitySelect } from '../components/field-visibility-select.tsx';
import { SkillList } from '../components/skill-list.tsx';
import { WantsEditor } from '../components/wants-editor.tsx';

type Draft = Pick<
  PeerProfileView,
  'optedIn' | 'acceptingQuestions' | 'weeklyQuestionLimit' | 'wants' | 'niches' | 'segments'
> & { platforms: string[]; visibility: Record<PeerField, FieldVisibility> };

const toDraft = (p: PeerProfileView): Draft => ({
  optedIn: p.optedIn,
  acceptingQuestions: p.acceptingQuestions,
  weeklyQuestionLimit: p.weeklyQuestionLimit,
  wants: p.wants,
  niches: p.niches,
  segments: p.segments,
  platforms: p.platforms,
  visibility: p.visibility,
});

/** Opt in or out, what the matcher derives, learning goals, who you serve, and who sees what. */
export function ProfileTab() {
  usePageTitle('Peer profile');
  const { data, error, reload } = useLoad(() => peersApi.profile(), []);
  const [profile, setProfile] = useState<PeerProfileView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!data) return;
    setProfile(data);
    setDraft(toDraft(data));
    // Before opting in, platforms start from the profile (the person typed them there).
    if (data.optedIn || data.platforms.length > 0) return;
    let live = true;
    api.profile
      .get()
      .then((p) => {
        if (live && p.platforms.length)
          setDraft((d) => (d && d.platforms.length === 0 ? { ...d, platforms: p.platforms } : d));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [data]);

  if (error) {
    return <LoadError what="your peer profile" message={error} onRetry={reload} />;
  }
  if (!profile || !draft) return <LoadingState label="Loading your peer profile…" />;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setErrors({});
    setStatus(null);
    try {
      const saved = await peersApi.saveProfile(draft);
      setProfile(saved);
      setDraft(toDraft(saved));
      setStatus({
        tone: 'success',
        text: saved.optedIn
          ? 'Saved. Your matches now use these settings.'
          : 'Saved. You are out of peer matching; nobody sees your peer profile.',
      });
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setStatus({ tone: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={save} noValidate className="pr-profile">
        <section className="panel" aria-labelledby="optin-title">
          <h2 id="optin-title">Peer matching</h2>
          <FieldCheck checked={draft.optedIn} onChange={(checked) => set({ optedIn: checked })}>
            <span>
              <strong>Take part in peer matching</strong>
              <span className="field-hint pr-block">
                Off: nobody sees your peer profile, and you get no matches or questions.
              </span>
            </span>
          </FieldCheck>
        </section>

        <section className="panel" aria-labelledby="teach-title">
          <h2 id="teach-title">What you can teach</h2>
          <p className="muted">
            Derived from your profile skills, evidence ledger and credentials. Credentials and
            evidence carry more weight in matches; questions come to you about skills a client, a
            backed peer or a credential verifies.
          </p>
          <SkillList skills={profile.teaches} label="Skills you can teach" />
          <h3 className="pr-h3">What the matcher looks for you</h3>
          <SkillList skills={profile.learns} label="Skills you want to learn" />
        </section>

        <section className="panel" aria-labelledby="goals-title">
          <h2 id="goals-title">Learning goals and who you serve</h2>
          <WantsEditor
            value={draft.wants}
            error={errorFor(errors, 'wants')}
            onChange={(wants) => set({ wants })}
          />
          <ChipInput
            label="Niches"
            hint="Industries you work in, e.g. e-commerce, healthcare. People who show they share your niche and clients are not offered as matches."
            value={draft.niches}
            suggestions={['e-commerce', 'healthcare', 'saas', 'education', 'finance', 'non-profit']}
            max={10}
            error={errorFor(errors, 'niches')}
            onChange={(niches) => set({ niches })}
          />
          <ChipInput
            label="Client segments"
            value={draft.segments}
            suggestions={['solo-founders', 'smb', 'enterprise', 'agencies', 'startups']}
            max={10}
            error={errorFor(errors, 'segments')}
            onChange={(segments) => set({ segments })}
          />
          <ChipInput
            label="Platforms"
            value={draft.platforms}
            suggestions={['Upwork', 'Fiverr', 'Toptal', 'LinkedIn', 'Malt', 'Contra']}
            max={20}
            error={errorFor(errors, 'platforms')}
            onChange={(platforms) => set({ platforms })}
          />
          {profile.domains.length ? (
            <p className="muted pr-small">
              Domains (from your main profile): {profile.domains.join(', ')}
            </p>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="vis-title">
          <h2 id="vis-title">Who sees each field</h2>
          <p className="muted">
            Others see only what you allow, and only that shapes what they are shown: a private
            field counts for your own matches and nobody else's, so nobody can work it out by trying
            profiles. So with your skills private nobody is offered you as a teacher or sends you
            questions. Who you serve is what a competitor would want to know, so it starts private;
            share it and people in your niche are not offered you as a match.
          </p>
          <div className="pr-vis-grid">
            {PEER_FIELDS.map((f) => (
              <FieldVisibilitySelect
                key={f}
                field={f}
                value={draft.visibility[f]}
                onChange={(v) => set({ visibility: { ...draft.visibility, [f]: v } })}
              />
            ))}
          </div>
        </section>

        <section className="panel" aria-labelledby="avail-title">
          <h2 id="avail-title">Availability</h2>
          <FieldCheck
            checked={draft.acceptingQuestions}
            onChange={(checked) => set({ acceptingQuestions: checked })}
          >
            <span>Route questions to me about skills I have verified</span>
          </FieldCheck>
          <label className="pr-inline-label">
            At most
            <input
              type="number"
              className="input-narrow"
              min={0}
              max={50}
              value={draft.weeklyQuestionLimit}
              aria-invalid={errorFor(errors, 'weeklyQuestionLimit') ? true : undefined}
              onChange={(e) => set({ weeklyQuestionLimit: Number(e.target.value) })}
            />
            questions a week
          </label>
          {errorFor(errors, 'weeklyQuestionLimit') ? (
            <p className="field-error">{errorFor(errors, 'weeklyQuestionLimit')}</p>
          ) : null}
        </section>

        <div className="pr-save" aria-live="polite">
          {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save peer profile'}
          </button>
        </div>
      </form>
      <CreditsSummary />
      <BlockedList />
    </>
  );
}
