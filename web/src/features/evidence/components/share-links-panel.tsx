import type { ShareLinksData } from '../api.ts';
import { CopyButton } from './copy-button.tsx';

/** Links and a ready text block to paste into an Upwork or LinkedIn profile. */
export function ShareLinksPanel({ links }: { links: ShareLinksData }) {
  const rows = [
    ...(links.portfolioUrl
      ? [{ key: 'portfolio', title: 'Your portfolio', url: links.portfolioUrl }]
      : []),
    ...links.credentials.map((c) => ({ key: c.id, title: `Verify: ${c.title}`, url: c.verifyUrl })),
  ];
  return (
    <section className="panel" aria-labelledby="ev-share-title">
      <h2 id="ev-share-title" className="ev-h2">
        Links for your Upwork / LinkedIn profile
      </h2>
      {rows.length === 0 ? (
        <p className="empty-note">{links.text}</p>
      ) : (
        <>
          <p className="muted ev-small">
            Paste these into your profile or a proposal. Each credential link opens a page where the
            client sees who earned what, on which evidence, and that the signature is valid and not
            revoked — no account needed.
          </p>
          <ul className="ev-share-list">
            {rows.map((r) => (
              <li key={r.key} className="ev-share-row">
                <span className="ev-share-title">{r.title}</span>
                <a
                  className="ev-share-url mono"
                  href={r.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {r.url}
                </a>
                <CopyButton text={r.url} label="Copy link" />
              </li>
            ))}
          </ul>
          <div className="field">
            <label className="field-label" htmlFor="ev-share-text">
              Text block for your profile’s “About” section
            </label>
            <textarea
              id="ev-share-text"
              readOnly
              rows={Math.min(8, links.text.split('\n').length + 1)}
              value={links.text}
            />
            <div className="button-row">
              <CopyButton text={links.text} label="Copy text" />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
