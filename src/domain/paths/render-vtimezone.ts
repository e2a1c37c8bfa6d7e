import { utcOffsetMinutes } from '../../shared/time-zone.ts';

const HOUR_MS = 3_600_000;

function offsetText(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

function localStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone over the given years: one
 * STANDARD or DAYLIGHT sub-component per offset change found (to the minute), or a single
 * STANDARD one for a zone without changes. Lines are unfolded; the caller folds them.
 */
export function renderVtimezone(tz: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const changes: Array<{ at: number; from: number; to: number }> = [];
  let prev = utcOffsetMinutes(new Date(start), tz);
  for (let t = start + 6 * HOUR_MS; t <= end; t += 6 * HOUR_MS) {
    const cur = utcOffsetMinutes(new Date(t), tz);
    if (cur === prev) continue;
    // Narrow the change down to the minute.
    let lo = t - 6 * HOUR_MS;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (utcOffsetMinutes(new Date(mid), tz) === prev) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: prev, to: cur });
    prev = cur;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  if (!changes.length) {
    const off = offsetText(prev);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${off}`,
      `TZOFFSETTO:${off}`,
      'END:STANDARD',
    );
  }
  const standard = Math.min(...changes.flatMap((c) => [c.from, c.to]));
  for (const c of changes) {
    const kind = c.to === standard ? 'STANDARD' : 'DAYLIGHT';
    lines.push(
      `BEGIN:${kind}`,
      // The onset in local time as it was before the change.
      `DTSTART:${localStamp(c.at + c.from * 60_000)}`,
      `TZOFFSETFROM:${offsetText(c.from)}`,
      `TZOFFSETTO:${offsetText(c.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
