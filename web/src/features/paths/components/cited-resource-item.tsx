import { useState } from 'react';
import type { CatalogResource, CitedResource } from '../../../../../src/shared/paths.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { pathsApi } from '../api.ts';
import { durationLabel, KIND_LABELS, LINK_LABELS } from '../paths-format.ts';

/**
 * One cited source. Expanding it shows its provenance; for catalog resources the full record
 * (who vouches, when the link was last checked) is fetched on first open.
 */
export function CitedResourceItem({ resource: r }: { resource: CitedResource }) {
  const [full, setFull] = useState<CatalogResource | null>(null);
  const [error, setError] = useState<string | null>(null);

  function onToggle(open: boolean) {
    if (!open || full || !r.id) return;
    pathsApi
      .resource(r.id)
      .then(setFull)
      .catch((e) => setError(describeError(e)));
  }

  const link = full?.linkStatus ?? r.linkStatus;
  const duration = durationLabel(r);
  return (
    <li className="resource">
      <details onToggle={(e) => onToggle((e.target as HTMLDetailsElement).open)}>
        <summary>
          <span className="resource-title">{r.title}</span>
          {duration ? (
            <span className="tag resource-duration" title="Time to work through it">
              {duration}
            </span>
          ) : null}
          <span className={r.status === 'verified' ? 'tag tag-ok' : 'tag tag-warn'}>
            {r.status === 'verified' ? 'In catalog' : 'Unverified (AI-proposed)'}
          </span>
          {/* "Not checked yet" is said once for the catalog (path header), not per source. */}
          {link === 'unchecked' ? null : (
            <span className={`tag link-${link}`}>{LINK_LABELS[link]}</span>
          )}
          {r.deprecated ? <span className="tag tag-warn">Deprecated</span> : null}
        </summary>
        <div className="resource-body">
          <p>
            {/^https?:\/\//i.test(r.url) ? (
              <a href={r.url} target="_blank" rel="noreferrer noopener">
                {r.url}
              </a>
            ) : (
              // Only web addresses are links: a model may propose javascript: or data: ones.
              <span>{r.url}</span>
            )}
          </p>
          <p className="muted">{r.why}</p>
          <dl className="provenance">
            <dt>Publisher</dt>
            <dd>{r.publisher ?? 'unknown'}</dd>
            <dt>Kind</dt>
            <dd>{r.kind ? KIND_LABELS[r.kind] : 'unknown'}</dd>
            <dt>Format · level · cost</dt>
            <dd>{[r.format, r.level, r.cost].map((v) => v ?? '?').join(' · ')}</dd>
            <dt>Duration</dt>
            <dd>
              {duration
                ? `${duration}${r.durationSource === 'estimated' ? ' (Skilltrace’s estimate from the kind of resource; the catalog states none)' : ' (as the catalog states it)'}`
                : 'not known'}
            </dd>
            <dt>Proposed by</dt>
            <dd>{r.proposedBy === 'catalog' ? 'Source catalog' : 'AI model (not verified)'}</dd>
            <dt>Last checked</dt>
            <dd>
              {full ? (full.lastChecked ? formatDateTime(full.lastChecked) : 'unchecked') : null}
              {!full && r.id && !error ? 'loading…' : null}
              {!r.id ? 'never (not in the catalog)' : null}
            </dd>
            <dt>Link status</dt>
            <dd>
              {LINK_LABELS[link]}
              {full?.httpStatus ? ` (HTTP ${full.httpStatus})` : ''}
              {full?.checkError ? ` — ${full.checkError}` : ''}
              {full?.finalUrl && full.finalUrl !== r.url ? ` → ${full.finalUrl}` : ''}
            </dd>
            {full ? (
              <>
                <dt>Vouched by</dt>
                <dd>{full.vouchedBy}</dd>
                <dt>Provenance</dt>
                <dd>{full.provenance}</dd>
              </>
            ) : null}
            {r.deprecated ? (
              <>
                <dt>Deprecation</dt>
                <dd>
                  {r.deprecated.status}: {r.deprecated.note}
                  {r.deprecated.successor ? ` Use ${r.deprecated.successor.name} instead.` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          {error ? <p className="field-error">Could not load the catalog record: {error}</p> : null}
        </div>
      </details>
    </li>
  );
}
