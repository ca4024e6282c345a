import { writeLibraryBackup } from '../../io/library-backup';
import { nowIso } from '../../model/ids';
import { readLibraryDump } from '../../store/library-dump';
import { exportedAtKey, setSetting } from '../../store/settings';
import { loadVerdictScale } from '../../store/verdict-scale-store';
import { downloadFile } from './download';
import type { NoticeMessage } from './notice-message';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Writes the whole library (every article and version, every annotation
 * with its history, the tombstones, the scale, the reference names, the
 * dismissed suggestions and every other setting) as one backup file to the
 * downloads, marks every article exported, and returns the message to show.
 */
export async function backUpLibrary(): Promise<NoticeMessage> {
  try {
    const generated = nowIso();
    const [dump, scale] = await Promise.all([readLibraryDump(), loadVerdictScale()]);
    // every article counts as exported by the backup, and the backup says so too, so that a
    // restore gives back the same reminders
    const marks = dump.articles.map(({ article }) => ({
      key: exportedAtKey(article.id),
      value: generated,
    }));
    const marked = new Set(marks.map(m => m.key));
    const settings = [...dump.settings.filter(s => !marked.has(s.key)), ...marks];
    const file = writeLibraryBackup({ ...dump, settings }, { scale, generated });
    downloadFile(`factmark-library-${generated.slice(0, 10)}.json`, file, 'application/json');
    await Promise.all(marks.map(m => setSetting(m.key, m.value)));
    const annotations = dump.articles.reduce((n, a) => n + a.annotations.length, 0);
    return {
      tone: 'success',
      title: 'Backed up the library',
      detail: `${count(dump.articles.length, 'article', 'articles')} and ${count(annotations, 'annotation', 'annotations')}, with the verdict scale and your settings, in one file. Keep it somewhere other than this browser; Restore from backup in the Library brings it back.`,
    };
  } catch (e) {
    return {
      tone: 'error',
      title: 'The library could not be backed up',
      detail: 'Nothing was written. Try again; if it fails again, export the articles one by one.',
      technical: e instanceof Error ? e.message : String(e),
    };
  }
}
