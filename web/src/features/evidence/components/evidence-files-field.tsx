import { useId, useState } from 'react';
import { FieldError } from '../../../components/field.tsx';
import {
  ACCEPT_ATTRIBUTE,
  fileProblem,
  formatBytes,
  MAX_FILES,
  MAX_TOTAL_BYTES,
} from '../evidence-format.ts';

/** File attachments with the server's limits shown and checked before upload. */
export function EvidenceFilesField({
  files,
  error,
  onChange,
}: {
  files: File[];
  error?: string | undefined;
  onChange: (files: File[]) => void;
}) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function add(list: FileList | null) {
    if (!list) return;
    const problems: string[] = [];
    const next = [...files];
    for (const f of list) {
      const p = fileProblem(f);
      if (p) problems.push(p);
      else if (next.length >= MAX_FILES) problems.push(`At most ${MAX_FILES} files per entry.`);
      else next.push(f);
    }
    const total = next.reduce((n, f) => n + f.size, 0);
    if (total > MAX_TOTAL_BYTES) {
      problems.push(`Together the files are ${formatBytes(total)}; the limit is 10 MB per entry.`);
      setProblem(problems.join(' '));
      return;
    }
    setProblem(problems.length ? problems.join(' ') : null);
    onChange(next);
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Files (optional)
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        className="ev-file"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          add(e.target.files);
          e.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        Up to {MAX_FILES} files, 5 MB each, 10 MB together. PNG, JPEG, GIF, WebP, PDF, ZIP (also
        .docx, .xlsx, .pptx), text, Markdown, CSV or JSON.
      </p>
      {files.length ? (
        <ul className="ev-files" aria-label="Files to attach">
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${f.lastModified}`}>
              {f.name} <span className="muted">({formatBytes(f.size)})</span>{' '}
              <button
                type="button"
                className="button button-ghost button-small"
                aria-label={`Remove ${f.name}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError message={problem ?? error} />
    </div>
  );
}
