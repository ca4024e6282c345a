import { newReviewer, readReviewer, renameReviewer, type Reviewer } from '../model/desk/reviewer';
import { db } from './db';
import { REVIEWER, REVIEWER_NAME } from './settings';

/**
 * This browser's reviewer, or null before they gave a name. A name stored by
 * an older build becomes a reviewer once (an id derived from the name, see
 * `legacyReviewer`), stored under REVIEWER, so the id never changes after.
 */
export async function getReviewer(): Promise<Reviewer | null> {
  return db.transaction('rw', db.settings, async () => {
    const stored = readReviewer((await db.settings.get(REVIEWER))?.value);
    if (stored) return stored;
    const legacy = readReviewer((await db.settings.get(REVIEWER_NAME))?.value);
    if (legacy) await db.settings.put({ key: REVIEWER, value: legacy });
    return legacy;
  });
}

/**
 * Gives this browser's reviewer the name `name`: a new reviewer (a new id)
 * the first time, the same id renamed after. Returns the reviewer stored.
 */
export async function setReviewerName(name: string): Promise<Reviewer> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getReviewer();
    const next = current ? renameReviewer(current, name) : newReviewer(name);
    await db.settings.put({ key: REVIEWER, value: next });
    // kept for a build from before reviewer ids opened on the same data
    await db.settings.put({ key: REVIEWER_NAME, value: next.name });
    return next;
  });
}
