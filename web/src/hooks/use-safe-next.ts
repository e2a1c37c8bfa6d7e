import { useSearchParams } from 'react-router';

/** The `?next=` path to return to after signing in, limited to this app's own paths. */
export function useSafeNext(fallback = '/app'): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  // Only same-origin absolute paths: "//evil.example" would leave the app.
  if (next?.startsWith('/') && !next.startsWith('//')) return next;
  return fallback;
}
