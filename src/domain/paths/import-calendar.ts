import { AppError, isAppError } from '../../errors.ts';
import { guardedRequest } from '../../net/guarded-fetch.ts';
import type { Availability, CalendarImportInput } from '../../shared/paths.ts';
import { getInstanceSettings, getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getAvailability, type StoredCalendar } from './get-availability.ts';
import { MAX_ICAL_BYTES, parseIcal } from './parse-ical.ts';

const invalid = (field: string, message: string) =>
  new AppError('invalid_input', `${field}: ${message}`, {
    details: { issues: [{ path: field, message }] },
  });

/**
 * Imports the person's client commitments from an iCalendar file's text or a URL (fetched
 * through the outbound guard: http(s), no private addresses unless allowed, 1 MB, 10 s).
 * Keeps only busy times for the next year (no titles, places, people or the URL); replaces
 * any earlier import. Throws `invalid_input` for text that is not a calendar and
 * `upstream_failed` when the URL cannot be read.
 */
export async function importCalendar(
  ctx: Ctx,
  userId: string,
  input: CalendarImportInput,
): Promise<Availability> {
  let text = input.ics;
  let host: string | null = null;
  if (input.url !== undefined) {
    const url = new URL(input.url);
    host = url.host;
    const settings = await getInstanceSettings(ctx);
    const res = await guardedRequest(url, {
      timeoutMs: 10_000,
      maxBytes: MAX_ICAL_BYTES,
      maxRedirects: 3,
      allowPrivate: settings.allowPrivateNetwork,
      headers: { accept: 'text/calendar, */*;q=0.5', 'user-agent': 'Skilltrace calendar import' },
    });
    if (res.status < 200 || res.status >= 300)
      throw new AppError('upstream_failed', `The calendar URL answered HTTP ${res.status}`, {
        details: { status: res.status },
      });
    text = res.text();
  }
  const profile = await getProfile(ctx, userId);
  let busy: ReturnType<typeof parseIcal>;
  try {
    busy = parseIcal(text ?? '', { timeZone: profile.timeZone ?? 'UTC', from: ctx.clock.now() });
  } catch (e) {
    if (isAppError(e)) throw e;
    throw invalid(input.url !== undefined ? 'url' : 'ics', (e as Error).message);
  }
  const row = await ctx.store.paths.findAvailability(userId);
  const calendar: StoredCalendar = {
    ...busy,
    source: input.url !== undefined ? 'url' : 'file',
    host,
    importedAt: ctx.clock.now().toISOString(),
  };
  await ctx.store.paths.upsertAvailability({
    user_id: userId,
    busy_weeks: row?.busy_weeks ?? [],
    calendar,
    updated_at: ctx.clock.now(),
  });
  return getAvailability(ctx, userId);
}
