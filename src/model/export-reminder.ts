import type { Annotation } from './types';

/** How long changes may stay unexported before the reviewer is reminded. */
export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The time of the oldest change not yet in an export (ISO string), or null
 * when everything is exported. Deleted annotations leave no record, so they
 * are not counted.
 */
export function unexportedSince(
  annotations: readonly Annotation[],
  exportedAt: string | undefined,
): string | null {
  const after = exportedAt ? Date.parse(exportedAt) : -Infinity;
  let oldest: string | null = null;
  for (const a of annotations) {
    if (updatedTime(a) > after && (oldest === null || a.updatedAt < oldest)) oldest = a.updatedAt;
  }
  return oldest;
}

// records are immutable: each is parsed once, not on every save of ten thousand (5 ms)
const parsedUpdate = new WeakMap<Annotation, number>();
function updatedTime(a: Annotation): number {
  let time = parsedUpdate.get(a);
  if (time === undefined) {
    time = Date.parse(a.updatedAt);
    parsedUpdate.set(a, time);
  }
  return time;
}

/** Whether to remind the reviewer to export: some change is older than the reminder period. */
export function shouldRemindToExport(since: string | null, now: number): boolean {
  return since !== null && now - Date.parse(since) >= EXPORT_REMINDER_DAYS * DAY_MS;
}
