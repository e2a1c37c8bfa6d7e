import { useEffect, useMemo } from 'react';
import type { BriefMaterial as Material } from '../../../../../src/shared/practice.ts';

/**
 * The file the client sent with the brief: what they say about it, a preview and a download
 * link. The preview is plain text, never rendered HTML: a page to audit is shown as its source.
 */
export function BriefMaterial({ material }: { material: Material }) {
  const url = useMemo(
    () =>
      typeof URL.createObjectURL === 'function'
        ? URL.createObjectURL(new Blob([material.content], { type: material.mediaType }))
        : null,
    [material],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <section className="panel brief-material" aria-labelledby="material-title">
      <h2 id="material-title">From the client: {material.title}</h2>
      <p className="muted">“{material.note}”</p>
      {url ? (
        <p>
          <a href={url} download={material.fileName}>
            Download {material.fileName}
          </a>
        </p>
      ) : null}
      <details>
        <summary>Preview</summary>
        <pre className="brief-material-preview">{material.content}</pre>
      </details>
    </section>
  );
}
