import { type FormEvent, useState } from 'react';
import { FeedInput } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { parseForm } from '../../../forms/field-errors.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { radarApi } from '../api.ts';

/** Follow an RSS, Atom or JSON Feed of job posts. */
export function FeedForm({ onAdded }: { onAdded: (title: string) => void }) {
  const { values, setValues, bind } = useFormValues({ url: '', title: '' });
  const { url, title } = values;
  const [interval, setInterval] = useState(60);
  const { errors, setErrors, formError: error, busy: saving, send } = useFormSend();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = parseForm(
      FeedInput,
      {
        url: url.trim(),
        title: title.trim() || undefined,
        intervalMinutes: interval,
      },
      setErrors,
    );
    if (!data) return;
    await send(async () => {
      const feed = await radarApi.addFeed(data);
      setValues({ url: '', title: '' });
      onAdded(feed.title);
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a feed" className="radar-feed-form">
      <TextField
        label="Feed address"
        hint="RSS, Atom or JSON Feed, e.g. a job board’s search feed."
        error={errors.url && 'Enter a full http(s) address.'}
        type="url"
        inputMode="url"
        placeholder="https://"
        {...bind('url')}
      />
      <div className="grid-2">
        <TextField
          label="Name (optional)"
          hint="Defaults to the feed’s own title."
          error={errors.title}
          type="text"
          maxLength={200}
          {...bind('title')}
        />
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
