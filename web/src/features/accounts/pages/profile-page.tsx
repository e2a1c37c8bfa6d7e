import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  DOMAIN_IDS,
  DOMAIN_LABELS,
  type LearningFormat,
  Profile,
} from '../../../../../src/shared/accounts.ts';
import type { TaxonomyRole } from '../../../../../src/shared/contracts/taxonomy.ts';
import { api } from '../../../api/client.ts';
import { CheckboxGroup } from '../../../components/checkbox-group.tsx';
import { ChipInput } from '../../../components/chip-input.tsx';
import { Field } from '../../../components/field.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import {
  apiFieldErrors,
  describeError,
  errorFor,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { resolveSkillNames } from '../../../hooks/use-skill-names.ts';
import { useUnsavedWarning } from '../../../hooks/use-unsaved-warning.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { ProfileSkills } from '../components/profile-skills.tsx';
import { RolePicker } from '../components/role-picker.tsx';
import { SaveBar, type SaveStatus } from '../components/save-bar.tsx';
import { VisibilityChoice } from '../components/visibility-choice.tsx';
import { WeekdayToggles } from '../components/weekday-toggles.tsx';

const DOMAIN_OPTIONS = DOMAIN_IDS.map((d) => ({ value: d, label: DOMAIN_LABELS[d] }));
const FORMAT_OPTIONS: { value: LearningFormat; label: string }[] = [
  { value: 'video', label: 'Video' },
  { value: 'reading', label: 'Reading' },
  { value: 'interactive', label: 'Interactive exercises' },
  { value: 'project', label: 'Hands-on projects' },
];
const PLATFORMS = ['Upwork', 'Fiverr', 'Toptal', 'LinkedIn', 'Contra', 'Malt', 'Freelancer.com'];
const SECTION_NAMES: Record<string, string> = {
  headline: 'Headline',
  domains: 'Domains',
  skills: 'Skills',
  targetRoles: 'Target roles',
  weeklyHours: 'Weekly hours',
  learningDays: 'Learning days',
  timeZone: 'Time zone',
  preferredStart: 'Sessions start at',
  formats: 'Formats',
  platforms: 'Platforms',
  visibility: 'Visibility',
};

/** The profile editor: every field of `Profile`, saved with `PUT /api/profile`. */
export function ProfilePage() {
  usePageTitle('Profile');
  const [saved, setSaved] = useState<Profile | null>(null);
  const [draft, setDraft] = useState<Profile | null>(null);
  const [roles, setRoles] = useState<TaxonomyRole[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SaveStatus>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [profile, roleList] = await Promise.all([
        api.profile.get(),
        api.taxonomy.roles().catch(() => ({ roles: [] })),
      ]);
      // Names first, so chips do not flicker from "google-sheets" to "Google Sheets".
      await resolveSkillNames(profile.skills.map((s) => s.skillId));
      setSaved(profile);
      // No zone saved yet: offer the browser's (saved with the profile).
      setDraft(
        profile.timeZone
          ? profile
          : { ...profile, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' },
      );
      setRoles(roleList.roles);
    } catch (e) {
      setLoadError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const dirty = saved !== null && draft !== null && JSON.stringify(saved) !== JSON.stringify(draft);
  useUnsavedWarning(dirty);

  if (loadError) {
    return (
      <>
        <PageHeader title="Profile" />
        <LoadError what="your profile" message={loadError} onRetry={load} />
      </>
    );
  }
  if (!draft) return <LoadingState label="Loading your profile…" />;

  function update<K extends keyof Profile>(key: K, value: Profile[K]) {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setStatus(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const parsed = Profile.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      setErrors(fieldErrors);
      setStatus({ tone: 'error', text: failedText(fieldErrors) });
      return;
    }
    setSaving(true);
    try {
      const stored = await api.profile.put(parsed.data);
      setSaved(stored);
      setDraft(stored);
      setErrors({});
      setStatus({ tone: 'success', text: 'Profile saved.' });
    } catch (e) {
      const fieldErrors = apiFieldErrors(e);
      setErrors(fieldErrors);
      setStatus({
        tone: 'error',
        text: Object.keys(fieldErrors).length
          ? failedText(fieldErrors)
          : `Could not save: ${describeError(e)}`,
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Profile"
        description="What you do, what you want to do next, and how you like to learn. Everything else in Skilltrace starts from here."
        actions={
          <Link to="/app/radar/onboarding" className="button button-secondary">
            Import from CV / JSON Resume
          </Link>
        }
      />
      <form className="profile-form" onSubmit={save} noValidate aria-label="Profile">
        <section className="panel" aria-labelledby="sec-about">
          <h2 id="sec-about">About you</h2>
          <TextField
            label="Headline"
            hint={`${draft.headline.length}/200 · e.g. “Data analyst for e-commerce brands”`}
            error={errors.headline}
            type="text"
            maxLength={200}
            value={draft.headline}
            onChange={(v) => update('headline', v)}
          />
          <CheckboxGroup
            legend="Domains you work in"
            options={DOMAIN_OPTIONS}
            value={draft.domains}
            error={errorFor(errors, 'domains')}
            onChange={(v) => update('domains', v)}
          />
        </section>

        <section className="panel" aria-labelledby="sec-skills">
          <h2 id="sec-skills">Skills</h2>
          <ProfileSkills
            skills={draft.skills}
            errors={errors}
            onChange={(v) => update('skills', v)}
          />
        </section>

        <section className="panel" aria-labelledby="sec-goals">
          <h2 id="sec-goals">Target roles</h2>
          <RolePicker
            roles={roles}
            value={draft.targetRoles}
            errors={errors}
            onChange={(v) => update('targetRoles', v)}
          />
        </section>

        <section className="panel" aria-labelledby="sec-rhythm">
          <h2 id="sec-rhythm">Learning rhythm</h2>
          <div className="grid-2">
            <Field
              label="Hours per week"
              hint="Between 0 and 80."
              error={errors.weeklyHours ? 'Enter a number of hours between 0 and 80.' : undefined}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={80}
                  step={0.5}
                  className="input-narrow"
                  value={Number.isNaN(draft.weeklyHours) ? '' : draft.weeklyHours}
                  onChange={(e) => update('weeklyHours', e.target.valueAsNumber)}
                />
              )}
            </Field>
            <WeekdayToggles
              value={draft.learningDays}
              error={errorFor(errors, 'learningDays')}
              onChange={(v) => update('learningDays', v)}
            />
          </div>
          <div className="grid-2">
            <TextField
              label="Time zone"
              hint="Schedules, “today” and deadlines such as “by Friday” use it."
              error={errorFor(errors, 'timeZone')}
              type="text"
              list="time-zones"
              value={draft.timeZone ?? ''}
              onChange={(v) => update('timeZone', v || null)}
            />
            <datalist id="time-zones">
              {(Intl.supportedValuesOf?.('timeZone') ?? []).map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <TextField
              label="Sessions start at"
              hint="Local time of your first learning session on a learning day."
              error={errorFor(errors, 'preferredStart')}
              type="time"
              className="input-narrow"
              value={draft.preferredStart}
              onChange={(v) => update('preferredStart', v)}
            />
          </div>
          <CheckboxGroup
            legend="Formats you learn best with"
            options={FORMAT_OPTIONS}
            value={draft.formats}
            columns={4}
            error={errorFor(errors, 'formats')}
            onChange={(v) => update('formats', v)}
          />
        </section>

        <section className="panel" aria-labelledby="sec-work">
          <h2 id="sec-work">Where you work</h2>
          <ChipInput
            label="Platforms"
            hint="Marketplaces and networks where you find clients."
            value={draft.platforms}
            suggestions={PLATFORMS}
            max={20}
            error={errorFor(errors, 'platforms')}
            onChange={(v) => update('platforms', v)}
          />
          <VisibilityChoice
            value={draft.visibility}
            error={errors.visibility}
            onChange={(v) => update('visibility', v)}
          />
        </section>

        <SaveBar
          dirty={dirty}
          saving={saving}
          status={status}
          onDiscard={() => {
            setDraft(saved);
            setErrors({});
            setStatus(null);
          }}
        />
      </form>
    </>
  );
}

function failedText(errors: FieldErrors): string {
  const sections = [...new Set(Object.keys(errors).map((k) => k.split('.')[0] ?? k))];
  const names = sections.map((s) => SECTION_NAMES[s] ?? s).join(', ');
  return `Not saved. Check the highlighted fields: ${names}.`;
}
