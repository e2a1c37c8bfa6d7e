import { isTimeZone, localDateTime, utcOffsetMinutes } from '../../shared/time-zone.ts';

/** Largest calendar text read (bytes of UTF-8). */
export const MAX_ICAL_BYTES = 1_000_000;
/** Most occurrences kept from one calendar (after expanding repeats). */
export const MAX_OCCURRENCES = 5_000;
const MAX_EVENTS = 5_000;
const DAY_MS = 86_400_000;

/** Busy times read from an iCalendar file: instants for timed events, dates for all-day ones. */
export interface CalendarBusy {
  /** [start, end) as ISO instants (UTC), sorted. */
  timed: Array<[string, string]>;
  /** Dates (YYYY-MM-DD) of all-day events, sorted, unique. */
  allDay: string[];
  /** Events read (cancelled and free events not counted). */
  events: number;
  /** What could not be read as given, once per kind (e.g. an unknown TZID, a monthly repeat). */
  notes: string[];
}

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds and splits content lines into properties ("NAME;P=V:value"). */
function readProps(text: string): Prop[] {
  const lines = text.replace(/\r\n[ \t]|\n[ \t]/g, '').split(/\r?\n/);
  const out: Prop[] = [];
  for (const line of lines) {
    // The value starts after the first colon outside a quoted parameter value.
    let quoted = false;
    let colon = -1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      else if (c === ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon <= 0) continue;
    const [name = '', ...rawParams] = line.slice(0, colon).split(';');
    const params: Record<string, string> = {};
    for (const p of rawParams) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    out.push({ name: name.toUpperCase(), params, value: line.slice(colon + 1).trim() });
  }
  return out;
}

/** A wall-clock time: date parts plus minutes, in a named zone, in UTC (`z`) or floating. */
interface Stamp {
  y: number;
  m: number;
  d: number;
  min: number;
  dateOnly: boolean;
  utc: boolean;
  tz: string | null;
}

function parseStamp(p: Prop): Stamp | null {
  const v = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(p.value);
  if (!v) return null;
  const [, y, m, d, hh, mm, , z] = v;
  const stamp: Stamp = {
    y: Number(y),
    m: Number(m),
    d: Number(d),
    min: hh ? Number(hh) * 60 + Number(mm) : 0,
    dateOnly: hh === undefined,
    utc: z === 'Z',
    tz: p.params.TZID ?? null,
  };
  if (stamp.m < 1 || stamp.m > 12 || stamp.d < 1 || stamp.d > 31 || stamp.min >= 24 * 60)
    return null;
  return stamp;
}

/** Minutes of an ISO 8601 duration (PT1H30M, P1D, P1W); null when unreadable. */
function parseDuration(v: string): number | null {
  const r = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(v);
  if (!r || v === 'P' || v.endsWith('T')) return null;
  const [, sign, w, d, h, m] = r;
  if (sign === '-') return null;
  return (Number(w ?? 0) * 7 + Number(d ?? 0)) * 1440 + Number(h ?? 0) * 60 + Number(m ?? 0);
}

/** UTC milliseconds of a wall-clock time in `tz` (the later of two readings in a DST gap). */
function zonedToUtc(y: number, m: number, d: number, min: number, tz: string): number {
  const guess = Date.UTC(y, m - 1, d) + min * 60_000;
  const off = utcOffsetMinutes(new Date(guess), tz);
  const t = guess - off * 60_000;
  const off2 = utcOffsetMinutes(new Date(t), tz);
  return off2 === off ? t : guess - off2 * 60_000;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Rule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count: number | null;
  untilMs: number | null;
  byDay: number[] | null;
}

function parseRule(v: string, notes: Set<string>): Rule | null {
  const parts: Record<string, string> = {};
  for (const kv of v.split(';')) {
    const eq = kv.indexOf('=');
    if (eq > 0) parts[kv.slice(0, eq).toUpperCase()] = kv.slice(eq + 1).toUpperCase();
  }
  const freq = parts.FREQ;
  if (freq !== 'DAILY' && freq !== 'WEEKLY') {
    notes.add(
      `Repeats other than daily or weekly (${String(freq ?? 'none').slice(0, 20)}) count only their first occurrence.`,
    );
    return null;
  }
  const interval = Math.min(Math.max(Number(parts.INTERVAL ?? 1) || 1, 1), 366);
  const count = parts.COUNT
    ? Math.min(Math.max(Number(parts.COUNT) || 1, 1), MAX_OCCURRENCES)
    : null;
  let untilMs: number | null = null;
  if (parts.UNTIL) {
    const u = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(parts.UNTIL);
    if (u)
      untilMs = u[4]
        ? Date.UTC(
            Number(u[1]),
            Number(u[2]) - 1,
            Number(u[3]),
            Number(u[4]),
            Number(u[5]),
            Number(u[6]),
          )
        : Date.UTC(Number(u[1]), Number(u[2]) - 1, Number(u[3])) + DAY_MS - 1;
  }
  let byDay: number[] | null = null;
  if (parts.BYDAY) {
    byDay = parts.BYDAY.split(',')
      .map((x) => BYDAY.indexOf(x.replace(/^[+-]?\d+/, '')))
      .filter((x) => x >= 0);
    if (!byDay.length) byDay = null;
  }
  if (parts.BYMONTH || parts.BYSETPOS || parts.BYMONTHDAY || parts.BYHOUR)
    notes.add('Repeat parts other than BYDAY, INTERVAL, COUNT and UNTIL are ignored.');
  return { freq, interval, count, untilMs, byDay };
}

/**
 * Reads busy times from an iCalendar text (untrusted): VEVENTs' DTSTART and DTEND (or
 * DURATION) with TZID, UTC or floating times (floating ones in `timeZone`), all-day events,
 * and simple daily/weekly RRULEs (INTERVAL, COUNT, UNTIL, BYDAY) with EXDATE, expanded from
 * `from` for `days` days. Cancelled and transparent (free) events are skipped. Keeps no
 * titles, places or people: only when the person is busy. Bounded in size and occurrences.
 */
export function parseIcal(
  text: string,
  opts: { timeZone: string; from: Date; days?: number },
): CalendarBusy {
  if (Buffer.byteLength(text, 'utf8') > MAX_ICAL_BYTES)
    throw new RangeError(`The calendar is larger than ${MAX_ICAL_BYTES / 1_000_000} MB`);
  if (!/BEGIN:VCALENDAR/i.test(text))
    throw new SyntaxError('Not an iCalendar file (no BEGIN:VCALENDAR)');
  const fromMs = opts.from.getTime();
  const toMs = fromMs + (opts.days ?? 366) * DAY_MS;
  const notes = new Set<string>();
  const timed: Array<[number, number]> = [];
  const allDay = new Set<string>();
  let events = 0;
  let depth = 0;
  let cur: Prop[] | null = null;
  const flush = (props: Prop[]) => {
    const get = (n: string) => props.find((p) => p.name === n);
    if (get('STATUS')?.value.toUpperCase() === 'CANCELLED') return;
    if (get('TRANSP')?.value.toUpperCase() === 'TRANSPARENT') return;
    const startProp = get('DTSTART');
    const start = startProp ? parseStamp(startProp) : null;
    if (!start) {
      notes.add('Events without a readable DTSTART are skipped.');
      return;
    }
    let tz = opts.timeZone;
    if (start.tz) {
      if (isTimeZone(start.tz)) tz = start.tz;
      else notes.add(`Unknown time zone "${start.tz.slice(0, 60)}": read in your own time zone.`);
    }
    const endProp = get('DTEND');
    const end = endProp ? parseStamp(endProp) : null;
    const dur = get('DURATION');
    let minutes: number;
    if (end) {
      const a = Date.UTC(start.y, start.m - 1, start.d) + start.min * 60_000;
      const b = Date.UTC(end.y, end.m - 1, end.d) + end.min * 60_000;
      // A DTEND in another zone than DTSTART: compare the instants.
      const sameZone = (end.tz ?? null) === (start.tz ?? null) && end.utc === start.utc;
      minutes = sameZone ? (b - a) / 60_000 : (toInstant(end, tz) - toInstant(start, tz)) / 60_000;
    } else if (dur) {
      minutes = parseDuration(dur.value) ?? 0;
    } else {
      minutes = start.dateOnly ? 1440 : 0;
    }
    if (!(minutes > 0)) return;
    minutes = Math.min(minutes, 14 * 1440);
    events++;
    const ruleProp = get('RRULE');
    const rule = ruleProp ? parseRule(ruleProp.value, notes) : null;
    const exdates = new Set<string>();
    for (const p of props)
      if (p.name === 'EXDATE') for (const v of p.value.split(',')) exdates.add(v.slice(0, 8));
    // Occurrences step through wall-clock days (so a weekly 09:00 stays 09:00 across DST).
    const base = Date.UTC(start.y, start.m - 1, start.d);
    const weekStartDay = Math.floor(base / DAY_MS) - new Date(base).getUTCDay();
    let n = 0;
    for (let k = 0; k < 3 * 366 * 7 && timed.length + allDay.size < MAX_OCCURRENCES; k++) {
      let dayMs: number;
      if (!rule) {
        if (k > 0) break;
        dayMs = base;
      } else if (rule.freq === 'DAILY') {
        dayMs = base + k * rule.interval * DAY_MS;
      } else {
        const byDay = rule.byDay ?? [new Date(base).getUTCDay()];
        const week = Math.floor(k / 7);
        const dow = k % 7;
        if (!byDay.includes(dow)) continue;
        dayMs = (weekStartDay + week * 7 * rule.interval + dow) * DAY_MS;
        if (dayMs < base) continue;
      }
      const d = new Date(dayMs);
      const stamp = { ...start, y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
      const s = toInstant(stamp, tz);
      if (rule?.untilMs !== null && rule?.untilMs !== undefined && s > rule.untilMs) break;
      if (rule?.count !== null && rule?.count !== undefined && n >= rule.count) break;
      n++;
      const e = s + minutes * 60_000;
      if (s >= toMs) break;
      const key = new Date(dayMs).toISOString().slice(0, 10).replaceAll('-', '');
      if (exdates.has(key) || e <= fromMs) continue;
      if (start.dateOnly) {
        for (let t = dayMs; t < dayMs + minutes * 60_000; t += DAY_MS)
          allDay.add(new Date(t).toISOString().slice(0, 10));
      } else timed.push([s, e]);
    }
  };
  const toInstant = (s: Stamp, tz: string) =>
    s.utc || s.dateOnly
      ? Date.UTC(s.y, s.m - 1, s.d) + s.min * 60_000
      : zonedToUtc(s.y, s.m, s.d, s.min, tz);
  for (const p of readProps(text)) {
    if (p.name === 'BEGIN') {
      if (p.value.toUpperCase() === 'VEVENT' && !cur) {
        cur = [];
        depth = 0;
        continue;
      }
      if (cur) depth++;
      continue;
    }
    if (p.name === 'END' && cur) {
      if (depth > 0) depth--;
      else if (p.value.toUpperCase() === 'VEVENT') {
        if (events < MAX_EVENTS) flush(cur);
        cur = null;
      }
      continue;
    }
    if (cur && depth === 0 && cur.length < 200) cur.push(p);
  }
  if (timed.length + allDay.size >= MAX_OCCURRENCES)
    notes.add(`Only the first ${MAX_OCCURRENCES} busy times are kept.`);
  timed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    timed: timed.map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()]),
    allDay: [...allDay].sort(),
    events,
    notes: [...notes].sort(),
  };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Busy blocks by local date in `timeZone` from `fromDate` on: [start, end) minutes from local
 * midnight, sorted and merged (an event over midnight splits across the two dates; an
 * all-day event blocks its whole date).
 */
export function busyBlocks(
  busy: Pick<CalendarBusy, 'timed' | 'allDay'>,
  timeZone: string,
  fromDate: string,
): Record<string, Array<[number, number]>> {
  const byDate = new Map<string, Array<[number, number]>>();
  const add = (date: string, a: number, b: number) => {
    if (date < fromDate || b <= a) return;
    const list = byDate.get(date) ?? [];
    list.push([a, b]);
    byDate.set(date, list);
  };
  for (const d of busy.allDay) add(d, 0, 1440);
  for (const [s, e] of busy.timed) {
    let at = Date.parse(s);
    const end = Date.parse(e);
    // Walk day by day in local time (at most 15 days: events are capped at 14).
    for (let guard = 0; at < end && guard < 16; guard++) {
      const { date, time } = localDateTime(new Date(at), timeZone);
      const startMin = minutesOf(time);
      const endLocal = localDateTime(new Date(end), timeZone);
      if (endLocal.date === date) {
        add(date, startMin, Math.max(startMin, minutesOf(endLocal.time)));
        break;
      }
      add(date, startMin, 1440);
      at += (1440 - startMin) * 60_000;
    }
  }
  const out: Record<string, Array<[number, number]>> = {};
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date)!.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const merged: Array<[number, number]> = [];
    for (const [a, b] of list) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    out[date] = merged;
  }
  return out;
}
