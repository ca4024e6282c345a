import { IMPORT_LIMITS, megabytes } from '../../io/import-limits';
import { loadVerdictScale } from '../../store/verdict-scale-store';
import {
  applyVerdictChoices,
  scaleWithAdded,
  type ForeignVerdict,
  type VerdictChoice,
} from '../../model/desk/foreign-verdicts';
import type { VerdictScale } from '../../model/verdict-scale';
import { nowIso } from '../../model/ids';
import { importAnnotatedArticle, type ImportReport } from '../../store/import-annotated';
import { planImport, type ImportPlan } from '../../store/import-plan';
import { previewFileMerge, settleWhileIdle, type MergePreview } from '../../store/merge-file';
import { readCounterpartsAhead, type CounterpartsAhead } from '../../store/stored-counterparts';
import { checkFile, type CheckProgress, type FileChecker } from './check-import-file';
import { plainReason, technicalDetail } from './import-failure';
import type { NoticeMessage } from '../common/notice-message';
import { isQuotaError, writeFailure } from '../common/storage-errors';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
    r.conflicting &&
      `${count(r.conflicting, 'annotation')} changed on both sides, merged and listed in Curation`,
    r.deletedByFile && `${r.deletedByFile} deleted as in the file`,
    r.deletedHere && `${count(r.deletedHere, 'annotation')} deleted here not brought back`,
    r.futureDated &&
      `${count(r.futureDated, 'annotation')} dated in the future by the file, dated now instead`,
  ].filter(Boolean);
  const how = {
    'new-version':
      'The file’s text differs from the article here, so it was stored as a new version and the annotations were moved onto it. ',
    'separate-article':
      'The file’s text differs from the article here, so it was stored as a separate article; the article here is unchanged. ',
    merged: '',
    'new-article': '',
  }[r.outcome];
  const anchoring = parts.length ? `${parts.join(', ')}.` : '';
  const reassigned = r.reassigned
    ? `${count(r.reassigned, 'annotation')} got a new id: the file gave ${r.reassigned === 1 ? 'it the id' : 'them ids'} of another article’s annotations, which were left as they are.`
    : '';
  return [how + anchoring, merge.length ? `${merge.join(', ')}.` : '', reassigned]
    .filter(Boolean)
    .join(' ');
}

/** Why a file with verdicts not on this scale is refused when nobody can be asked. */
function foreignReason(foreign: readonly ForeignVerdict[]): string {
  const names = foreign.map(f => `“${f.label}”`).join(', ');
  return `It uses verdicts that are not on your scale (${names}).`;
}

/** The verdicts of a file not on this browser's scale, for the reviewer to add or map. */
export interface VerdictQuestionData {
  foreign: ForeignVerdict[];
  /** This browser's scale. */
  scale: VerdictScale;
  fileName: string;
}

/** The reviewer's choice for each foreign verdict, by its id in the file. */
export type VerdictChoices = ReadonlyMap<string, VerdictChoice>;

/** Where a long import is: reading the file, checking it, or saving its annotations. */
export type ImportProgress = CheckProgress | { stage: 'saving'; done: number; total: number };

/** The reviewer's answer when a file's text would replace the text of an article with annotations. */
export type ReplaceChoice = 'replace' | 'separate' | 'cancel';

export interface ImportFileOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import: nothing is written, or what was being written is undone. */
  signal?: AbortSignal;
  /**
   * Asked, before anything is written, when the file's text would replace the
   * text of an article with annotations (`planImport` says how they would
   * move). Without it the text is replaced.
   */
  confirm?: (plan: ImportPlan) => Promise<ReplaceChoice>;
  /**
   * Shown, before anything is written, what merging the file into the
   * article here with the same text will do; resolves to whether to go on.
   * Without it the merge goes on.
   */
  previewMerge?: (preview: MergePreview) => Promise<boolean>;
  /**
   * Asked, before anything is written, what to do with the verdicts the file
   * uses that this browser's scale lacks (each added to the scale or mapped
   * to one of it); resolves to the choices, or null to cancel. Without it
   * such a file is refused.
   */
  chooseVerdicts?: (question: VerdictQuestionData) => Promise<VerdictChoices | null>;
  /** Reads and checks the file: in a Web Worker where there is one. */
  check?: FileChecker;
}

/**
 * Reads, validates and imports an annotated-JSON file. Nothing is written
 * unless the whole file is valid, the reviewer agreed (`confirm`) and the
 * import was not cancelled; the result is a message for the reviewer and, on
 * success, the id of the article to show.
 */
export async function importAnnotatedFile(
  file: File,
  {
    onProgress,
    signal,
    confirm,
    previewMerge,
    chooseVerdicts,
    check = checkFile,
  }: ImportFileOptions = {},
): Promise<{ notice: NoticeMessage; articleId?: string }> {
  const title = `“${file.name}” was not imported`;
  const fail = (detail: string, technical?: string) => ({
    notice: {
      tone: 'error' as const,
      title,
      detail: `${detail} Nothing was changed.`,
      ...(technical !== undefined && { technical }),
    },
  });
  const cancelled = () => ({
    notice: {
      tone: 'info' as const,
      title,
      detail: 'The import was cancelled. Nothing was changed.',
    },
  });
  if (file.size === 0) return fail('The file is empty.');
  if (file.size > IMPORT_LIMITS.fileLength) {
    return fail(
      `The file is ${megabytes(file.size)}; annotated JSON files can be at most ${megabytes(IMPORT_LIMITS.fileLength)}.`,
    );
  }
  try {
    const started = performance.now();
    let waited = 0; // for the reviewer's answer: not the import's time
    const scale = await loadVerdictScale();
    // what is stored under the file's ids, read while the worker checks it (the page is idle)
    let ahead: Promise<CounterpartsAhead | null> | undefined;
    const readAhead = (ids: string[]) => {
      ahead = readCounterpartsAhead(ids);
    };
    const checked = await check(
      file,
      scale,
      p => onProgress?.(p),
      signal,
      previewMerge ? readAhead : undefined,
    );
    performance.measure('fm:import:check', { start: started });
    if (!checked.ok) return fail(plainReason(checked.error), technicalDetail(checked.error));
    let parsed = checked;
    let grown: VerdictScale | undefined;
    if (parsed.foreignVerdicts.length > 0) {
      const foreign = parsed.foreignVerdicts;
      if (!chooseVerdicts) return fail(foreignReason(foreign));
      const asked = performance.now();
      const choices = await chooseVerdicts({ foreign, scale, fileName: file.name });
      waited += performance.now() - asked;
      if (!choices) return cancelled();
      const added = scaleWithAdded(scale, foreign, choices);
      if (!added.ok) return fail(added.message);
      if (added.scale.length > scale.length) grown = added.scale;
      parsed = { ...parsed, annotations: applyVerdictChoices(parsed.annotations, choices) };
    }
    const now = nowIso();
    let asSeparateArticle = false;
    if (confirm) {
      const plan = await planImport(parsed, now);
      const asked = performance.now();
      const choice = plan.moving > 0 ? await confirm(plan) : 'replace';
      waited += performance.now() - asked;
      if (choice === 'cancel') return cancelled();
      asSeparateArticle = choice === 'separate';
    }
    const planning = performance.now();
    const { preview, planned } = previewMerge
      ? await previewFileMerge(parsed, now, await ahead)
      : { preview: null, planned: null };
    performance.measure('fm:merge:preview', { start: planning });
    if (previewMerge && preview) {
      const asked = performance.now();
      // the diverged annotations are merged while the reviewer reads the preview
      const settling = new AbortController();
      if (planned) void settleWhileIdle(planned, settling.signal);
      const merge = await previewMerge(preview);
      waited += performance.now() - asked;
      if (!merge) {
        settling.abort();
        return cancelled();
      }
    }
    signal?.throwIfAborted();
    const writing = performance.now();
    const report = await importAnnotatedArticle(parsed, now, {
      asSeparateArticle,
      ...(grown && { scale: grown }),
      ...(signal && { signal }),
      ...(planned && { planned }),
      onProgress: (done, total) => onProgress?.({ stage: 'saving', done, total }),
    });
    performance.measure('fm:import:write', { start: writing });
    performance.measure('fm:import', {
      start: started,
      duration: performance.now() - started - waited,
    });
    return {
      articleId: report.articleId,
      notice: {
        tone: report.fuzzy || report.orphaned ? 'info' : 'success',
        title: `Imported “${report.title}”`,
        detail: describeImport(report),
      },
    };
  } catch (err) {
    if (signal?.aborted) return cancelled();
    if (isQuotaError(err)) return fail(`Nothing from it was saved. ${writeFailure(err)}`);
    const reason = err instanceof Error ? err.message : String(err);
    return fail('The browser’s storage refused the write, so the import was undone.', reason);
  }
}
