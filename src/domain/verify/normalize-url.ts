/**
 * The comparable form of a URL, used to match model-proposed or imported links to the
 * catalog: scheme, `www.`, fragment, trailing slash, tracking parameters (`utm_*`, `ref`,
 * `fbclid`, `gclid`) and parameter order do not matter. Returns undefined for anything that
 * is not an http(s) URL.
 */
export function normalizeUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // keep the encoded path when it is not valid percent-encoding
  }
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !/^(utm_\w+|ref|fbclid|gclid|mc_cid|mc_eid)$/i.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}
