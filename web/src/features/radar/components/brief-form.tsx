import { type FormEvent, useState } from 'react';
import type { ExtractedSkill } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { showSendFailure } from '../../../ui/form-send.ts';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { radarApi } from '../api.ts';
import { EngineBadge } from './engine-badge.tsx';
import { ExtractedSkills } from './extracted-skills.tsx';
import { HighlightedText } from './highlighted-text.tsx';

interface Shown {
  text: string;
  skills: ExtractedSkill[];
  saved: 'added' | 'duplicate' | 'near_duplicate' | null;
}

const SAVED_TEXT = {
  added: 'Added to your radar as a client brief.',
  duplicate: 'Not added: you already have this brief.',
  near_duplicate: 'Not added: an almost identical brief is already on your radar.',
};

/** Paste a client brief: see the skills it asks for highlighted, and add it as a signal. */
export function BriefForm({ onAdded }: { onAdded: () => void }) {
  const { values, set, bind } = useFormValues({ text: '', client: '' });
  const { text, client } = values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  async function run(save: boolean, event?: FormEvent) {
    event?.preventDefault();
    if (!text.trim()) {
      setErrors({ text: 'Paste the brief first.' });
      return;
    }
    setErrors({});
    setError(null);
    setBusy(save ? 'save' : 'preview');
    try {
      const [extracted, added] = await Promise.all([
        radarApi.extract(text),
        save ? radarApi.addBrief({ text, client: client.trim() || undefined }) : null,
      ]);
      setShown({ text, skills: extracted.skills, saved: added?.status ?? null });
      if (added?.status === 'added') onAdded();
    } catch (e) {
      showSendFailure(e, setErrors, setError);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form
      className="radar-brief-form"
      onSubmit={(e) => run(true, e)}
      noValidate
      aria-label="Brief to read"
    >
      <Field
        label="Client brief"
        hint={`${text.length.toLocaleString()} / 50,000 characters. Treated as data only.`}
        error={errors.text}
      >
        {(p) => (
          <textarea
            {...p}
            rows={6}
            maxLength={50_000}
            value={text}
            onChange={(e) => set('text', e.target.value)}
          />
        )}
      </Field>
      <TextField
        label="Client (optional)"
        error={errors.client}
        type="text"
        maxLength={200}
        {...bind('client')}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy !== null}
          onClick={() => run(false)}
        >
          {busy === 'preview' ? 'Reading…' : 'Show skills'}
        </button>
        <button type="submit" className="button button-primary" disabled={busy !== null}>
          {busy === 'save' ? 'Adding…' : 'Show skills and add to radar'}
        </button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div aria-live="polite">
        {shown ? (
          <div className="radar-brief-result">
            {shown.saved ? (
              <Alert tone={shown.saved === 'added' ? 'success' : 'info'}>
                {SAVED_TEXT[shown.saved]}
              </Alert>
            ) : null}
            <h3 className="radar-subhead">
              {shown.skills.length} skill{shown.skills.length === 1 ? '' : 's'} found{' '}
              <EngineBadge />
            </h3>
            <ExtractedSkills skills={shown.skills} />
            <HighlightedText text={shown.text} skills={shown.skills} />
            {shown.skills.some((s) => s.method === 'implicit') ? (
              <p className="radar-highlighted-legend">
                Highlighted: named skills. Dotted underline: skills implied by the wording.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
