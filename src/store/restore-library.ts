import type { Tombstone } from '../model/tombstone';
import type { SettingRow } from './db';
import { importAnnotatedArticle, type ImportReport } from './import-annotated';
import type { ImportFile } from './import-plan';
import { adoptUntouchedArticle, mergeSettingsAndTombstones } from './library-dump';

/** What a restore did, summed over the backup's articles. */
export interface RestoreReport {
  articles: number;
  /** Of `articles`: new here. */
  newArticles: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Kept as they are here: the copy here is the later one. */
  keptHere: number;
  /** Deleted here after the backup's copy was last changed: not brought back. */
  deletedHere: number;
  settings: number;
  tombstones: number;
}

/**
 * Restores a checked backup by merging it as an import does, article by
 * article (`importAnnotatedArticle`: the later copy of an annotation wins, a
 * deletion here is honoured, nothing here is removed), never replacing an
 * article's text (another text under a known id comes as an article of its
 * own); then the settings and tombstones this browser lacks. Into an empty
 * browser it gives back exactly what the backup holds. Each article is
 * written in one transaction: a failure part-way keeps the articles already
 * restored and says so through the thrown error.
 */
export async function restoreLibrary(
  files: readonly ImportFile[],
  rest: { settings: readonly SettingRow[]; tombstones: readonly Tombstone[] },
  now: string,
): Promise<RestoreReport> {
  const report: RestoreReport = {
    articles: files.length,
    newArticles: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    keptHere: 0,
    deletedHere: 0,
    settings: 0,
    tombstones: 0,
  };
  // untouched articles first: the backup's tombstones would count as work on them
  for (const file of files) await adoptUntouchedArticle(file.article);
  const merged = await mergeSettingsAndTombstones(rest.settings, rest.tombstones, now);
  report.settings = merged.settings;
  report.tombstones = merged.tombstones;
  for (const [i, file] of files.entries()) {
    let done: ImportReport;
    try {
      done = await importAnnotatedArticle(file, now, { asSeparateArticle: true });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(
        `${i} of ${files.length} articles were restored; “${file.article.title}” and those after it were not: ${why}`,
        { cause: e },
      );
    }
    if (done.outcome !== 'merged') report.newArticles++;
    report.added += done.added;
    report.updated += done.updated;
    report.unchanged += done.unchanged;
    report.keptHere += done.keptLocal;
    report.deletedHere += done.deletedHere;
  }
  return report;
}
