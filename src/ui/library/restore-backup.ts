import { BACKUP_MAX_BYTES, checkBackupArticles, readBackupEnvelope } from '../../io/library-backup';
import { megabytes } from '../../io/import-limits';
import { nowIso } from '../../model/ids';
import { parseScale, DEFAULT_VERDICT_SCALE } from '../../model/verdict-scale';
import { restoreLibrary, type RestoreReport } from '../../store/restore-library';
import { VERDICT_SCALE, storedVerdictScale } from '../../store/verdict-scale-store';
import type { NoticeMessage } from '../common/notice-message';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(r: RestoreReport): string {
  const parts = [
    `${count(r.articles, 'article', 'articles')} (${r.newArticles} new here)`,
    `${count(r.added, 'annotation', 'annotations')} added`,
    r.updated > 0 && `${r.updated} updated from the backup’s later copy`,
    r.unchanged > 0 && `${r.unchanged} already here`,
    r.keptHere > 0 && `${r.keptHere} kept as changed here later`,
    r.deletedHere > 0 && `${r.deletedHere} not brought back: deleted here`,
  ].filter(Boolean);
  return `${parts.join(', ')}. Nothing here was replaced.`;
}

/**
 * Restores a library backup chosen by the reviewer: checks all of it first
 * (nothing is written if any part is refused), against this browser's scale,
 * or the backup's when this browser has none of its own; then merges it as
 * an import does. Returns the message to show.
 */
export async function restoreBackupFile(file: File): Promise<NoticeMessage> {
  const title = `“${file.name}” was not restored`;
  const fail = (detail: string, technical?: string): NoticeMessage => ({
    tone: 'error',
    title,
    detail: `${detail} Nothing was changed.`,
    ...(technical !== undefined && { technical }),
  });
  if (file.size === 0) return fail('The file is empty.');
  if (file.size > BACKUP_MAX_BYTES)
    return fail(
      `The file is ${megabytes(file.size)}; a backup can be at most ${megabytes(BACKUP_MAX_BYTES)}.`,
    );
  try {
    const envelope = readBackupEnvelope(await file.text());
    if (!envelope.ok) return fail(envelope.reason, envelope.technical);
    const theirs = parseScale(envelope.settings.find(s => s.key === VERDICT_SCALE)?.value);
    const scale =
      (await storedVerdictScale()) ?? (theirs.ok ? theirs.scale : DEFAULT_VERDICT_SCALE);
    const checked = await checkBackupArticles(envelope.articles, scale);
    if (!checked.ok) return fail(checked.reason, checked.technical);
    const report = await restoreLibrary(checked.articles, envelope, nowIso());
    return { tone: 'success', title: 'Restored the library backup', detail: summary(report) };
  } catch (e) {
    return {
      tone: 'error',
      title,
      detail:
        'The backup could not be restored completely. Details say how far it got; restoring it again merges the rest without doubling anything.',
      technical: e instanceof Error ? e.message : String(e),
    };
  }
}
