import { IMPORT_LIMITS, megabytes } from '../../io/import-limits';
import { loadVerdictScale } from '../../store/verdict-scale-store';
import { nowIso } from '../../model/ids';
import { importAnnotatedArticle, type ImportReport } from '../../store/import-annotated';
import type { NoticeMessage } from '../common/notice-message';
import { isQuotaError, writeFailure } from '../common/storage-errors';

/** "41 anchored, 2 fuzzy — please confirm, 1 orphaned" and what was merged. */
export function describeImport(r: ImportReport): string {
  // only what was written is anchored anew; annotations already here as in the file are not counted
  const parts = r.anchored + r.fuzzy + r.orphaned ? [`${r.anchored} anchored`] : [];
  if (r.fuzzy) parts.push(`${r.fuzzy} fuzzy — please confirm`);
  if (r.orphaned) parts.push(`${r.orphaned} orphaned`);
  const merge = [
    r.added && `${r.added} added`,
    r.updated && `${r.updated} updated from the file`,
    r.unchanged && `${r.unchanged} already here`,
    r.keptLocal && `${r.keptLocal} kept here (newer than the file’s)`,
  ].filter(Boolean);
  const how =
    r.outcome === 'new-version'
      ? 'The file’s text differs from the article here, so it was stored as a new version and the annotations were moved onto it. '
      : '';
  const anchoring = parts.length ? `${parts.join(', ')}.` : '';
  return [how + anchoring, merge.length ? `${merge.join(', ')}.` : ''].filter(Boolean).join(' ');
}

/** Where a long import is: checking the file, or saving its annotations. */
export type ImportProgress =
  { stage: 'checking' } | { stage: 'saving'; done: number; total: number };

/**
 * Reads, validates and imports an annotated-JSON file. Nothing is written
 * unless the whole file is valid; the result is a message for the reviewer
 * and, on success, the id of the article to show.
 */
export async function importAnnotatedFile(
  file: File,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ notice: NoticeMessage; articleId?: string }> {
  const fail = (detail: string) => ({
    notice: {
      tone: 'error' as const,
      title: `“${file.name}” was not imported`,
      detail: `${detail} Nothing was changed.`,
    },
  });
  if (file.size === 0) return fail('The file is empty.');
  if (file.size > IMPORT_LIMITS.fileLength) {
    return fail(
      `The file is ${megabytes(file.size)}; annotated JSON files can be at most ${megabytes(IMPORT_LIMITS.fileLength)}.`,
    );
  }
  try {
    const { parseAnnotatedJson } = await import('../../io/annotated-json-import');
    const text = await file.text();
    onProgress?.({ stage: 'checking' });
    // let the reviewer see the progress before the check takes the thread
    await new Promise(resolve => setTimeout(resolve));
    performance.mark('fm:import:start');
    const parsed = await parseAnnotatedJson(text, {}, await loadVerdictScale());
    if (!parsed.ok) return fail(`${parsed.error.path}: ${parsed.error.message}`);
    const report = await importAnnotatedArticle(parsed, nowIso(), (done, total) =>
      onProgress?.({ stage: 'saving', done, total }),
    );
    performance.measure('fm:import', 'fm:import:start');
    return {
      articleId: report.articleId,
      notice: {
        tone: report.fuzzy || report.orphaned ? 'info' : 'success',
        title: `Imported “${report.title}”`,
        detail: describeImport(report),
      },
    };
  } catch (err) {
    if (isQuotaError(err)) return fail(`Nothing from it was saved. ${writeFailure(err)}`);
    const reason = err instanceof Error ? err.message : String(err);
    return fail(`The browser’s storage refused the write, so the import was undone (${reason}).`);
  }
}
