import { type FormEvent, useState } from 'react';
import {
  type DELIVERABLE_TYPES,
  MAX_FILE_BYTES,
  MAX_FILES,
  type Submission,
  type SubmitInput,
} from '../../../../../src/shared/practice.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { errorFor, type FieldErrors } from '../../../forms/field-errors.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { practiceApi } from '../api.ts';

type FileType = (typeof DELIVERABLE_TYPES)[number];
const BY_EXTENSION: Record<string, FileType> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** Checks the chosen files before upload: count, size and type (the server checks content too). */
function checkFiles(files: File[]): string | undefined {
  if (files.length > MAX_FILES) return `Attach at most ${MAX_FILES} files.`;
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) return `${f.name} is larger than ${MAX_FILE_BYTES / 1024} KB.`;
    const ext = f.name.split('.').pop()?.toLowerCase() ?? '';
    if (!BY_EXTENSION[ext]) return `${f.name}: use .txt, .md, .csv, .json, .pdf, .png or .jpg.`;
  }
  return undefined;
}

/** The deliverable: text, links (one per line) and up to three files. */
export function SubmissionForm({
  briefId,
  onSubmitted,
}: {
  briefId: string;
  onSubmitted: (s: Submission) => void;
}) {
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const { errors, setErrors, formError, busy, send } = useFormSend({ alwaysSay: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const linkList = links
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const local: FieldErrors = {};
    const fileError = checkFiles(files);
    if (fileError) local.files = fileError;
    const badLink = linkList.find((l) => !/^https?:\/\/\S+$/.test(l));
    if (badLink) local.links = `“${badLink}” is not a web address (start it with https://).`;
    if (!text.trim() && linkList.length === 0 && files.length === 0)
      local.text = 'Write your deliverable, or add a link or a file.';
    setErrors(local);
    if (Object.keys(local).length) return;
    await send(async () => {
      const body: SubmitInput = {
        text,
        links: linkList,
        files: await Promise.all(
          files.map(async (f) => ({
            name: f.name,
            type: BY_EXTENSION[f.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'text/plain',
            contentBase64: await toBase64(f),
          })),
        ),
      };
      onSubmitted(await practiceApi.submit(briefId, body));
    });
  }

  return (
    <form className="submission-form" onSubmit={submit} noValidate>
      <Field
        label="Your deliverable"
        hint={`${text.length.toLocaleString()}/50,000 characters · write it for the client, as you would send it`}
        error={errorFor(errors, 'text')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={10}
            maxLength={50_000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Links (optional)"
        hint="One per line, e.g. a shared dashboard or document. Up to 10."
        error={errorFor(errors, 'links')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={links}
            placeholder="https://"
            onChange={(e) => setLinks(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Files (optional)"
        hint={`Up to ${MAX_FILES} files of ${MAX_FILE_BYTES / 1024} KB: .txt .md .csv .json .pdf .png .jpg`}
        error={errorFor(errors, 'files')}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            multiple
            className="file-input"
            accept=".txt,.md,.csv,.json,.pdf,.png,.jpg,.jpeg"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        )}
      </Field>
      {formError ? (
        <Alert tone="error" title="Not submitted">
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Submitting…' : 'Submit deliverable'}
        </button>
      </div>
    </form>
  );
}
