import { DEFAULT_VERDICT_SCALE, parseScale, type VerdictScale } from '../model/verdict-scale';
import { db } from './db';

/** The setting that holds the reviewer's verdict scale; unset means the default. */
export const VERDICT_SCALE = 'verdictScale';

/** The stored scale if it passes `parseScale`, else the default. */
export async function loadVerdictScale(): Promise<VerdictScale> {
  const parsed = parseScale((await db.settings.get(VERDICT_SCALE))?.value);
  return parsed.ok ? parsed.scale : DEFAULT_VERDICT_SCALE;
}

/** How many annotations, in all articles, have this verdict. */
export async function countVerdictUse(verdictId: string): Promise<number> {
  return db.annotations.filter(a => a.verdict === verdictId).count();
}

/**
 * Stores the scale and returns it as stored (normalized). Throws an Error
 * naming the first problem when the scale is invalid, or when it drops a
 * verdict that annotations still use: they would silently lose their verdict.
 */
export async function saveVerdictScale(scale: VerdictScale): Promise<VerdictScale> {
  const parsed = parseScale(scale);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message ?? 'The scale is not valid.');
  const next = parsed.scale;
  // one transaction, so no annotation takes a dropped verdict between the count and the write
  await db.transaction('rw', db.settings, db.annotations, async () => {
    await refuseDroppingUsed(next);
    await db.settings.put({ key: VERDICT_SCALE, value: next });
  });
  return next;
}

/** Back to the default scale; refused like `saveVerdictScale` if that drops a verdict in use. */
export async function resetVerdictScale(): Promise<void> {
  await db.transaction('rw', db.settings, db.annotations, async () => {
    await refuseDroppingUsed(DEFAULT_VERDICT_SCALE);
    await db.settings.delete(VERDICT_SCALE);
  });
}

async function refuseDroppingUsed(next: VerdictScale): Promise<void> {
  const keep = new Set(next.map(v => v.id));
  for (const dropped of (await loadVerdictScale()).filter(v => !keep.has(v.id))) {
    const uses = await countVerdictUse(dropped.id);
    if (uses > 0) throw new Error(inUseMessage(dropped.label, uses));
  }
}

/** "“Half true” is the verdict of 2 annotations; give them another verdict first." */
export function inUseMessage(label: string, uses: number): string {
  const who = uses === 1 ? '1 annotation; give it' : `${uses} annotations; give them`;
  return `“${label}” is the verdict of ${who} another verdict first.`;
}

/** The scale this browser has stored, if it passes `parseScale`; undefined when none is (the default is used). */
export async function storedVerdictScale(): Promise<VerdictScale | undefined> {
  const parsed = parseScale((await db.settings.get(VERDICT_SCALE))?.value);
  return parsed.ok ? parsed.scale : undefined;
}
