import type { Plan } from '../../shared/paths.ts';
import { renderVtimezone } from './render-vtimezone.ts';

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcalText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one
 * space; never splits a UTF-8 character.
 */
export function foldIcalLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `date` (YYYY-MM-DD) at `time` (HH:MM) plus `minutes`, as a DATE-TIME value (YYYYMMDDTHHMMSS):
 * past midnight it is the next day's time (RFC 5545 hours run 00–23), as plans stored before
 * days ended at midnight can hold ("24:30").
 */
export function icalDateTime(date: string, time: string, minutes = 0): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const t = h * 60 + m + minutes;
  const day = new Date(Date.parse(`${date}T00:00:00Z`) + Math.floor(t / 1440) * 86_400_000);
  const min = ((t % 1440) + 1440) % 1440;
  const ymd = day.toISOString().slice(0, 10).replace(/-/g, '');
  return `${ymd}T${pad2(Math.floor(min / 60))}${pad2(min % 60)}00`;
}

/**
 * The path's schedule as an iCalendar feed (RFC 5545): one VEVENT per session with a stable
 * UID, DTSTAMP (when the version was made), DTSTART/DTEND in the person's time zone (TZID, with
 * its VTIMEZONE; floating for plans made before zones were recorded), a SUMMARY and a
 * DESCRIPTION with the objective, practice task and resource URLs. CRLF line endings, lines
 * folded at 75 octets, text escaped.
 */
export function renderIcal(opts: {
  pathId: string;
  title: string;
  plan: Plan;
  stampedAt: Date;
  doneSteps?: ReadonlySet<string>;
  /** IANA zone the plan's times are in; without one, times are floating (local to the reader). */
  timeZone?: string | null | undefined;
}): string {
  const stamp = opts.stampedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const steps = new Map(opts.plan.steps.map((s) => [s.id, s]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Skilltrace//Learning paths//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(`Skilltrace: ${opts.title}`)}`,
  ];
  const tz = opts.timeZone ?? null;
  const sessions = opts.plan.schedule.sessions;
  if (tz && sessions.length) {
    lines.push(`X-WR-TIMEZONE:${tz}`);
    const years = sessions.map((s) => Number(s.date.slice(0, 4)));
    lines.push(...renderVtimezone(tz, Math.min(...years), Math.max(...years)));
  }
  const at = tz ? `;TZID=${tz}:` : ':';
  for (const s of opts.plan.schedule.sessions) {
    const step = steps.get(s.stepId);
    if (!step) continue;
    const done = opts.doneSteps?.has(s.stepId) ?? false;
    const description = [
      step.objective,
      `Practice: ${step.practiceTask}`,
      ...step.resources.map(
        (r) => `${r.status === 'verified' ? 'Source' : 'Unverified'}: ${r.title} — ${r.url}`,
      ),
      ...step.flags.map((f) => `Note: ${f.message}`),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${opts.pathId}-${s.stepId}-${s.part}@skilltrace`,
      `DTSTAMP:${stamp}`,
      `DTSTART${at}${icalDateTime(s.date, s.start)}`,
      `DTEND${at}${icalDateTime(s.date, s.start, Math.round(s.hours * 60))}`,
      `SUMMARY:${escapeIcalText(`${done ? '✓ ' : ''}${step.title ?? `Learn ${step.skillName}`}${s.parts > 1 ? ` (${s.part}/${s.parts})` : ''}`)}`,
      `DESCRIPTION:${escapeIcalText(description)}`,
      ...(step.resources[0] && /^https?:\/\//i.test(step.resources[0].url)
        ? [`URL:${step.resources[0].url}`]
        : []),
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}
