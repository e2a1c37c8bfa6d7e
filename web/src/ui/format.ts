/** Dates as the reader's locale prints them; text that is not a date comes back as it was. */

/** "3 Mar 2026". */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A calendar date ("2027-05-17") is that day everywhere, not the day before west of UTC.
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return d.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(calendarDate ? { timeZone: 'UTC' } : {}),
  });
}

/** "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
