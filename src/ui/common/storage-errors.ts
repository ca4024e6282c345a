/** True for the browser's "storage full", bare or wrapped in an AbortError's `inner` (Chromium and Dexie's shape). */
export function isQuotaError(err: unknown): boolean {
  const named = (e: unknown, name: string) =>
    typeof e === 'object' && e !== null && (e as { name?: unknown }).name === name;
  return (
    named(err, 'QuotaExceededError') ||
    (named(err, 'AbortError') && named((err as { inner?: unknown }).inner, 'QuotaExceededError'))
  );
}

/** What a reviewer should read when a write failed: storage full gets its own, actionable words. */
export function writeFailure(err: unknown): string {
  if (isQuotaError(err)) {
    return 'This browser’s storage for Factmark is full. Free some space (export, then delete articles you no longer need) and try again.';
  }
  return err instanceof Error ? err.message : String(err);
}
