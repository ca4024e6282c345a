// When claim spotting runs, shared by the hook that starts it and the spotter that runs it.

/** Up to this many UTF-16 units, an article is spotted at once (under half a second). */
export const SPOT_AT_ONCE_UP_TO = 200_000;
/**
 * How long the reviewer must not scroll, type or click before a longer article is
 * spotted; while it is, each such act pauses the spotter for as long again.
 */
export const QUIET_MS = 1_000;
/** What counts as the reviewer at work. */
export const ACTIVITY = ['scroll', 'wheel', 'keydown', 'pointerdown'] as const;
