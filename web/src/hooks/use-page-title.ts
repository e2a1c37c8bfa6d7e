import { useEffect } from 'react';

/** Sets the document title to "<page> · Skilltrace" while the page is shown. */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Skilltrace`;
  }, [page]);
}
