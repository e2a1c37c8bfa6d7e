import type { ImportRecord } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';

const SHOWN_ERRORS = 50;

/** What a skipped row repeats, in the file's own terms where it can. */
const repeated = (n: { sameAsRow?: number | undefined; earlierInFile?: true | undefined }) =>
  n.sameAsRow !== undefined
    ? `row ${n.sameAsRow}`
    : n.earlierInFile
      ? 'an earlier row of this file'
      : 'a post already in your radar';

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
      {record.duplicateRows?.length ? (
        <details className="radar-meta">
          <summary>
            Duplicate rows ({record.duplicates}
            {record.duplicates > record.duplicateRows.length
              ? `, first ${record.duplicateRows.length} listed`
              : ''}
            )
          </summary>
          <ul>
            {record.duplicateRows.map((n) => (
              <li key={n.row}>
                Row {n.row}: the same text as {repeated(n)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {record.nearDuplicateRows.length ? (
        <details className="radar-meta">
          <summary>
            Near-duplicate rows ({record.nearDuplicates}
            {record.nearDuplicates > record.nearDuplicateRows.length
              ? `, first ${record.nearDuplicateRows.length} listed`
              : ''}
            )
          </summary>
          <ul>
            {record.nearDuplicateRows.map((n) => (
              <li key={n.row}>
                Row {n.row}: almost the same text as {repeated(n)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {record.duplicates + record.nearDuplicates > 0 ? (
        <p className="radar-meta">
          Duplicates (the same text) and near-duplicates (almost the same text, e.g. a repost) were
          skipped so they do not inflate demand.
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
