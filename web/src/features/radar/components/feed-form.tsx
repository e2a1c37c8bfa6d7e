import { type FormEvent, useState } from 'react';
import { FeedInput } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { radarApi } from '../api.ts';

/** Follow an RSS, Atom or JSON Feed of job posts. */
export function FeedForm({ onAdded }: { onAdded: (title: string) => void }) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [interval, setInterval] = useState(60);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = FeedInput.safeParse({
      url: url.trim(),
      title: title.trim() || undefined,
      intervalMinutes: interval,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    try {
      const feed = await radarApi.addFeed(parsed.data);
      setUrl('');
      setTitle('');
      onAdded(feed.title);
    } catch (e) {
      const fields = apiFieldErrors(e);
      setErrors(fields);
      if (!Object.keys(fields).length) setError(describeError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a feed" className="radar-feed-form">
      <Field
        label="Feed address"
        hint="RSS, Atom or JSON Feed, e.g. a job board’s search feed."
        error={errors.url && 'Enter a full http(s) address.'}
      >
        {(p) => (
          <input
            {...p}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <div className="grid-2">
        <Field
          label="Name (optional)"
          hint="Defaults to the feed’s own title."
          error={errors.title}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label="Check every" error={errors.intervalMinutes}>
          {(p) => (
            <select {...p} value={interval} onChange={(e) => setInterval(Number(e.target.value))}>
              <option value={30}>30 minutes</option>
              <option value={60}>1 hour</option>
              <option value={360}>6 hours</option>
              <option value={1440}>1 day</option>
            </select>
          )}
        </Field>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="submit" className="button button-secondary" disabled={saving}>
        {saving ? 'Adding…' : 'Follow feed'}
      </button>
    </form>
  );
}
