import { type ChangeEvent, useEffect, useId, useState } from 'react';
import {
  type ImportFormat,
  type ImportRecord,
  type ColumnMapping as Mapping,
  RADAR_LIMITS,
} from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { BusyButton } from '../../../ui/busy-button.tsx';
import { radarApi } from '../api.ts';
import { detectFormat, guessMapping, readColumns, roughRowCount } from '../detect-import.ts';
import { ColumnMapping } from './column-mapping.tsx';
import { ImportResult } from './import-result.tsx';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  jsonl: 'JSON Lines',
};
const POLL_MS = 800;

interface Picked {
  name: string;
  text: string;
}

/**
 * Import job posts from a file: pick it (format detected), map its columns, watch the
 * progress of large files, and see what was added, skipped and rejected (by row number).
 */
/** Queued or running: poll it and show progress. */
const inProgress = (r: ImportRecord | null): r is ImportRecord =>
  r?.status === 'queued' || r?.status === 'running';

export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}) {
  const fileId = useId();
  const [file, setFile] = useState<Picked | null>(null);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [mapping, setMapping] = useState<Mapping>({});
  const [source, setSource] = useState<'import' | 'client'>('import');
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mapError, setMapError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** The date of rows without one (empty: the import day, with a warning). */
  const [defaultDate, setDefaultDate] = useState('');
  const columns = file ? readColumns(format, file.text) : [];

  useEffect(() => {
    if (!inProgress(record)) return;
    const timer = setTimeout(async () => {
      try {
        const next = await radarApi.getImport(record.id);
        setRecord(next);
        if (!inProgress(next)) onImported();
      } catch (e) {
        setError(`Lost track of the import: ${describeError(e)}`);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [record, onImported]);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const f = event.target.files?.[0];
    event.target.value = '';
    // A new file starts clean: no error left from the last one.
    setError(null);
    setMapError(undefined);
    setRecord(null);
    if (!f) return;
    if (f.size > RADAR_LIMITS.fileBytes) {
      setError(`${f.name} is ${(f.size / 1048576).toFixed(1)} MB; the limit is 20 MB.`);
      return;
    }
    const text = await f.text();
    const fmt = detectFormat(f.name, text);
    setFile({ name: f.name, text });
    setFormat(fmt);
    setMapping(guessMapping(readColumns(fmt, text)));
  }

  function changeFormat(fmt: ImportFormat) {
    setFormat(fmt);
    if (file) setMapping(guessMapping(readColumns(fmt, file.text)));
  }

  async function start() {
    if (!file) return;
    if (columns.length > 0 && !mapping.text && !mapping.title) {
      setMapError('Choose the column with the post text (or at least the title).');
      return;
    }
    setMapError(undefined);
    setBusy(true);
    setError(null);
    try {
      const rec = await radarApi.startImport({
        format,
        content: file.text,
        fileName: file.name,
        mapping,
        source,
        ...(defaultDate ? { defaultDate } : {}),
      });
      setRecord(rec);
      if (!inProgress(rec)) onImported();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const running = inProgress(record);
  const finished = record && !running;
  const rows = file ? roughRowCount(format, file.text) : null;

  return (
    <Dialog
      open
      title="Import job posts"
      onClose={onClose}
      footer={
        <div className="dialog-actions">
          <button type="button" className="button button-ghost" onClick={onClose}>
            {finished ? 'Close' : 'Cancel'}
          </button>
          {finished ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setRecord(null)}
            >
              Import another file
            </button>
          ) : (
            <BusyButton
              className="button button-primary"
              onClick={start}
              busy={busy || running}
              busyLabel="Importing…"
              disabled={!file}
            >
              Import
            </BusyButton>
          )}
        </div>
      }
    >
      <div aria-live="polite">
        {finished ? (
          <ImportResult record={record} />
        ) : running ? (
          <div className="radar-import-progress">
            <p>
              {record.status === 'queued'
                ? `Queued ${record.fileName ?? 'your file'}: ${record.total} rows, starting soon`
                : `Importing ${record.fileName ?? 'your file'}: ${record.processed} of ${record.total} rows (${Math.floor((100 * record.processed) / Math.max(record.total, 1))}%)`}
            </p>
            <progress
              max={Math.max(record.total, 1)}
              value={record.processed}
              aria-label="Rows imported"
            />
            <p className="radar-meta">
              Large files run in the background; you can close this. The posts appear all at once
              when the import is done.
            </p>
          </div>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {!record ? (
        <>
          <p className="radar-meta">
            CSV, JSON or JSON Lines exports of job posts (up to 20 MB or 50,000 rows). Skills are
            read from each post’s text; posts already imported are skipped.
          </p>
          <div className="radar-file-row">
            <input
              id={fileId}
              type="file"
              accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
              className="visually-hidden file-input"
              onChange={pick}
              data-autofocus
            />
            <label htmlFor={fileId} className="button button-secondary file-button">
              {file ? 'Choose another file…' : 'Choose file…'}
            </label>
            {file ? (
              <span className="radar-file-name">
                {file.name}
                {rows !== null ? ` · about ${rows} row${rows === 1 ? '' : 's'}` : ''}
              </span>
            ) : null}
          </div>
          {file ? (
            <>
              <div className="radar-toolbar">
                <div className="field">
                  <label className="field-label" htmlFor={`${fileId}-format`}>
                    Format (detected)
                  </label>
                  <select
                    id={`${fileId}-format`}
                    value={format}
                    onChange={(e) => changeFormat(e.target.value as ImportFormat)}
                  >
                    {(Object.keys(FORMAT_NAMES) as ImportFormat[]).map((f) => (
                      <option key={f} value={f}>
                        {FORMAT_NAMES[f]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={`${fileId}-source`}>
                    These rows are
                  </label>
                  <select
                    id={`${fileId}-source`}
                    value={source}
                    onChange={(e) => setSource(e.target.value as 'import' | 'client')}
                  >
                    <option value="import">Market job posts</option>
                    <option value="client">My own client requests</option>
                  </select>
                </div>
              </div>
              <ColumnMapping
                columns={columns}
                value={mapping}
                error={mapError}
                onChange={setMapping}
              />
              {!mapping.date ? (
                <div className="field">
                  <label className="field-label" htmlFor={`${fileId}-default-date`}>
                    Date of the posts (no date column chosen)
                  </label>
                  <input
                    id={`${fileId}-default-date`}
                    type="date"
                    value={defaultDate}
                    onChange={(e) => setDefaultDate(e.target.value)}
                  />
                  <p className="field-hint">Left empty, the posts are dated today.</p>
                </div>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </Dialog>
  );
}
