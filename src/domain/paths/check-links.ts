import { isAppError } from '../../errors.ts';
import { guardedRequest } from '../../net/guarded-fetch.ts';
import type { LinkStatus } from '../../shared/paths.ts';
import type { CatalogRow } from '../../store/repos/catalog-repo.ts';
import { getInstanceSettings } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { normalizeUrl } from '../verify/index.ts';
import { ensureCatalog } from './sync-catalog.ts';

/** What one link-check run did. */
export interface LinkCheckReport {
  checked: number;
  byStatus: Record<string, number>;
  results: Array<{
    id: string;
    url: string;
    status: LinkStatus;
    httpStatus: number | null;
    finalUrl: string | null;
    error: string | null;
  }>;
}

const RECHECK_AFTER_MS = 7 * 86_400_000;
/** The background link check: its queue, links per hourly batch, and the first batch's delay. */
export const LINK_CHECK_QUEUE = 'paths.catalog.check-links';
export const LINK_CHECK_BATCH = 25;
export const LINK_CHECK_FIRST_AFTER_MINUTES = 1;

/** Classifies one answer: 2xx ok (moved when redirected to another page), 404/410 dead, else error. */
export function classifyAnswer(url: string, status: number, finalUrl: string): LinkStatus {
  if (status === 404 || status === 410) return 'dead';
  if (status >= 200 && status < 300) {
    return normalizeUrl(finalUrl) === normalizeUrl(url) ? 'ok' : 'moved';
  }
  return 'error';
}

async function checkOne(
  row: CatalogRow,
  opts: { timeoutMs: number; allowPrivate: boolean; signal: AbortSignal | undefined },
): Promise<{
  status: LinkStatus;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: unknown[];
  error: string | null;
}> {
  const request = (method: 'HEAD' | 'GET') =>
    guardedRequest(row.url, {
      method,
      timeoutMs: opts.timeoutMs,
      maxBytes: 2 * 1024 * 1024,
      maxRedirects: 5,
      allowPrivate: opts.allowPrivate,
      ...(opts.signal ? { signal: opts.signal } : {}),
      headers: {
        'user-agent': 'Skilltrace link checker (+https://github.com/skilltrace)',
        accept: 'text/html,*/*',
      },
    });
  try {
    let res = await request('HEAD');
    // Many servers refuse or mishandle HEAD; ask again with GET before calling a link broken.
    if (res.status === 405 || res.status === 501 || res.status === 403 || res.status === 404)
      res = await request('GET');
    return {
      status: classifyAnswer(row.url, res.status, res.url),
      httpStatus: res.status,
      finalUrl: res.url === row.url ? null : res.url,
      redirects: res.redirects,
      error: null,
    };
  } catch (e) {
    if (isAppError(e)) {
      const reason = String(e.details?.reason ?? e.code);
      return {
        status: e.code === 'forbidden' ? 'blocked' : 'error',
        httpStatus: null,
        finalUrl: null,
        redirects: [],
        error: `${reason}: ${e.message}`,
      };
    }
    return {
      status: 'error',
      httpStatus: null,
      finalUrl: null,
      redirects: [],
      error: (e as Error).message,
    };
  }
}

/**
 * Checks catalog links through the outbound-request guard: never-checked links first, then
 * the oldest checks (not re-checked within a week), at most `limit` per run, `concurrency` at
 * a time, each with a timeout; redirects are followed and recorded. Stores status, HTTP code,
 * final URL and the check time on each resource. Private addresses are refused unless the
 * instance allows them.
 */
export async function checkLinks(
  ctx: Ctx,
  opts: { limit?: number; concurrency?: number; timeoutMs?: number; ids?: string[] } = {},
): Promise<LinkCheckReport> {
  await ensureCatalog(ctx);
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 5000);
  const now = ctx.clock.now();
  const rows = opts.ids
    ? await ctx.store.catalog.findByIds(opts.ids)
    : await ctx.store.catalog.listForCheck(limit, new Date(now.getTime() - RECHECK_AFTER_MS));
  const { allowPrivateNetwork } = await getInstanceSettings(ctx);
  const queue = [...rows];
  const report: LinkCheckReport = { checked: 0, byStatus: {}, results: [] };
  const worker = async () => {
    for (let row = queue.shift(); row && !ctx.signal?.aborted; row = queue.shift()) {
      const r = await checkOne(row, {
        timeoutMs: opts.timeoutMs ?? 10_000,
        allowPrivate: allowPrivateNetwork,
        signal: ctx.signal,
      });
      // A check cut short by shutdown is not a verdict on the link.
      if (ctx.signal?.aborted) break;
      await ctx.store.catalog.recordCheck(row.id, {
        link_status: r.status,
        http_status: r.httpStatus,
        final_url: r.finalUrl,
        redirects: r.redirects,
        check_error: r.error,
        last_checked: ctx.clock.now(),
      });
      report.checked += 1;
      report.byStatus[r.status] = (report.byStatus[r.status] ?? 0) + 1;
      report.results.push({
        id: row.id,
        url: row.url,
        status: r.status,
        httpStatus: r.httpStatus,
        finalUrl: r.finalUrl,
        error: r.error,
      });
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(Math.max(opts.concurrency ?? 4, 1), 16) }, worker),
  );
  report.results.sort((a, b) => (a.id < b.id ? -1 : 1));
  ctx.log.info('catalog links checked', { checked: report.checked, ...report.byStatus });
  return report;
}
