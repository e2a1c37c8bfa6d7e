/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { ASSURANCE_LABELS, type AssuranceLevel } from '../../../shared/evidence.ts';

/** True for an absolute http(s) URL: the only kind public pages render as a link. */
export function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link to an address someone else supplied: an anchor only for http(s) URLs, plain text for
 * anything else (`javascript:`, `data:`…), whatever the CSP would do.
 */
export function ExternalLink(props: { url: string; text?: string; rel?: string }): JSX.Element {
  const text = props.text ?? props.url;
  return isWebUrl(props.url) ? (
    <a href={props.url} rel={props.rel ?? 'nofollow noopener ugc'}>
      {text}
    </a>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: a component returns a node; the text is escaped in it
    <>{text}</>
  );
}

const STYLE = `
:root{color-scheme:light;--ink:#1d2330;--muted:#5b6474;--line:#dfe3ea;--ok:#17703a;--bad:#a3261b;--accent:#2952cc}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
main{max-width:52rem;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff;min-height:100vh;overflow-wrap:anywhere}
h1{font-size:1.9rem;margin:.2rem 0}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
.muted{color:var(--muted)}.chips{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;list-style:none}
.chip{border:1px solid var(--line);border-radius:999px;padding:.15rem .7rem;font-size:.9rem}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.8rem 1rem;margin:.6rem 0}
.ok{color:var(--ok);font-weight:600}.bad{color:var(--bad);font-weight:600}
a{color:var(--accent)}textarea{width:100%;min-height:10rem;font:13px/1.4 ui-monospace,monospace}
button{font:inherit;padding:.45rem 1.1rem;border-radius:.4rem;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:600}dd{margin:0}
sup a{text-decoration:none;font-size:.75rem}
@media print{body{background:#fff}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.75rem;color:var(--muted)}.noprint{display:none}
.card{break-inside:avoid}h2{break-after:avoid}}
`;

/** Meta tags a shared link needs to preview well. */
export interface PageMeta {
  title: string;
  description: string;
  canonical?: string | undefined;
  ogType?: string;
  noindex?: boolean;
}

/** The document around every server-rendered page (no scripts; works under the app's CSP). */
function Layout(props: { meta: PageMeta; children?: Child }): JSX.Element {
  const { meta } = props;
  const description = meta.description.slice(0, 300);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={description} />
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        {meta.canonical ? <meta property="og:url" content={meta.canonical} /> : null}
        <meta property="og:site_name" content="Skilltrace" />
        <meta name="twitter:card" content="summary" />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        {/* A constant of this file: the only text on these pages that is not escaped. */}
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <main>
          {props.children}
          <p class="muted noprint" style="margin-top:3rem;font-size:.85rem">
            Made with Skilltrace — evidence-backed, verifiable skills.
          </p>
        </main>
      </body>
    </html>
  );
}

/**
 * A complete page as HTML text. Every value in `body` is escaped by hono/jsx (text and
 * attributes alike); components must be synchronous.
 */
export function page(meta: PageMeta, body: Child): string {
  // A JSX node renders to a string, or to a promise when a component is async (none here).
  const html: unknown = (<Layout meta={meta}>{body}</Layout>).toString();
  if (html instanceof Promise) throw new Error('Server pages render synchronously');
  return `<!doctype html>\n${html}`;
}

/** An HTML answer with the right headers. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A file answer that browsers download instead of rendering (uploads are untrusted). */
export function fileResponse(bytes: Uint8Array, name: string, mediaType: string): Response {
  const type = mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name.replace(/["\\\r\n]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}

/**
 * How a public ledger entry is known, in words, with what it rests on: "Self-reported: the
 * person's own account", "Client-confirmed: Confirmed on … by …". Every public entry shows it,
 * so a typed entry never passes for a confirmed one.
 */
export function AssuranceNote(props: {
  e: { assurance: AssuranceLevel; assuranceDetail: string | null };
}): JSX.Element {
  const { assurance, assuranceDetail } = props.e;
  const label = ASSURANCE_LABELS[assurance];
  const detail =
    assuranceDetail ??
    (assurance === 'self_reported' ? 'the person’s own account; nobody else has checked it' : null);
  return (
    <span class={`assurance assurance-${assurance}`}>
      <strong>{label.charAt(0).toUpperCase() + label.slice(1)}</strong>
      {detail ? `: ${detail}` : ''}
    </span>
  );
}
