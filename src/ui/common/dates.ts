// Dates as the UI shows them: one format everywhere, in the reviewer's locale ("6 Dec 2026",
// "6 Dec 2026, 09:40"); files keep ISO 8601.

const valid = (iso: string | undefined) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

/** A date in the reviewer's locale, medium length; null for a missing or unreadable one. */
export function showDate(iso: string | undefined): string | null {
  return valid(iso)?.toLocaleDateString(undefined, { dateStyle: 'medium' }) ?? null;
}

/** A date and time in the reviewer's locale, as `showDate` with the time to the minute. */
export function showDateTime(iso: string | undefined): string | null {
  return valid(iso)?.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) ?? null;
}
