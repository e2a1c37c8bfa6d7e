import type { ImportRecord } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';

const SHOWN_ERRORS = 50;

/** What a skipped row repeats, in the file's own terms where it can. */
const repeated = (n: SkippedRow) =>
  n.sameAsRow !== undefined
    ? `row ${n.sameAsRow}`
    : n.earlierInFile
      ? 'an earlier row of this file'
      : 'a post already in your radar';

type SkippedRow = { row: number; sameAsRow?: number | undefined; earlierInFile?: true | undefined };

/** The rows an import skipped as repeats (the first ones listed), each with what it repeats. */
function SkippedRows(props: { title: string; count: number; rows: SkippedRow[]; says: string }) {
  const { title, count, rows, says } = props;
  if (rows.length === 0) return null;
  return (
    <details className="radar-meta">
      <summary>
        {title} ({count}
        {count > rows.length ? `, first ${rows.length} listed` : ''})
      </summary>
      <ul>
        {rows.map((n) => (
          <li key={n.row}>
            Row {n.row}: {says} {repeated(n)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import did: added, duplicates, near-duplicates, and each rejected row by number. */
export function ImportResult({ record }: { record: ImportRecord }) {
  const rejected = new Set(record.errors.map((e) => e.row)).size;
  const failed = record.status === 'failed';
  return (
    <div className="radar-import-result">
      <Alert
        tone={failed ? 'error' : record.errors.length ? 'warning' : 'success'}
        title={failed ? 'The import stopped' : 'Import finished'}
      >
        <p>
          {record.fileName ?? 'Your file'}: {record.total} row{record.total === 1 ? '' : 's'} read.
        </p>
      </Alert>
      <dl className="stats radar-import-counts">
        <div className="stat">
          <dt>Added</dt>
          <dd data-testid="import-added">{record.added}</dd>
        </div>
        <div className="stat">
          <dt>Duplicates</dt>
          <dd>{record.duplicates}</dd>
        </div>
        <div className="stat">
          <dt>Near-duplicates</dt>
          <dd>{record.nearDuplicates}</dd>
        </div>
        <div className="stat">
          <dt>Rows with errors</dt>
          <dd>{rejected}</dd>
        </div>
      </dl>
      {record.warnings.length ? (
        <Alert tone="warning" title="About the dates">
          {record.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </Alert>
      ) : null}
      <SkippedRows
        title="Duplicate rows"
        count={record.duplicates}
        rows={record.duplicateRows ?? []}
        says="the same text as"
      />
      <SkippedRows
        title="Near-duplicate rows"
        count={record.nearDuplicates}
        rows={record.nearDuplicateRows}
        says="almost the same text as"
      />
      {record.duplicates + record.nearDuplicates > 0 ? (
        <p className="radar-meta">
          Duplicates (the same text) and near-duplicates (almost the same text, e.g. a repost, or a
          short post with only its dates or a “re-advertised” mark changed) were skipped so they do
          not inflate demand.
        </p>
      ) : null}
      {record.errors.length ? (
        <>
          <h3 className="radar-subhead">Rows not imported</h3>
          <p className="radar-meta">
            Rows are numbered from the first data row: the CSV header is not counted; in JSON it is
            the item’s position, in JSON Lines the line number.
          </p>
          <ul className="radar-row-errors">
            {record.errors.slice(0, SHOWN_ERRORS).map((e) => (
              <li key={`${e.row}-${e.field ?? ''}-${e.message}`}>
                <strong>Row {e.row}</strong>
                {e.field ? <span className="mono"> {e.field}</span> : null}: {e.message}
              </li>
            ))}
          </ul>
          {record.errors.length > SHOWN_ERRORS ? (
            <p className="radar-meta">
              …and {record.errors.length - SHOWN_ERRORS} more. Fix these rows and import the file
              again; rows already added are recognised as duplicates.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
