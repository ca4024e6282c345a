import { useCallback, useState } from 'react';
import { megabytes } from '../../io/import-limits';
import type { ImportPlan } from '../../store/import-plan';
import type { MergePreview } from '../../store/merge-file';
import {
  importAnnotatedFile,
  type ImportProgress,
  type ReplaceChoice,
  type VerdictChoices,
  type VerdictQuestionData,
} from './import-file';
import type { NoticeMessage } from '../common/notice-message';

/** An import waiting for the reviewer: what it would do, and how to answer. */
export interface ImportQuestion {
  plan: ImportPlan;
  answer: (choice: ReplaceChoice) => void;
}

/** A merge waiting for the reviewer: its preview, and how to answer. */
export interface MergeQuestion {
  preview: MergePreview;
  answer: (merge: boolean) => void;
}

/** A file's verdicts not on this scale, waiting for the reviewer's choices. */
export interface VerdictQuestion {
  question: VerdictQuestionData;
  answer: (choices: VerdictChoices | null) => void;
}

function progressNotice(title: string, p: ImportProgress): NoticeMessage {
  const notice = { tone: 'info' as const, title };
  if (p.stage === 'checking')
    return { ...notice, detail: 'Checking the file…', progress: 'unknown' };
  if (p.stage === 'reading') {
    return {
      ...notice,
      detail: `Reading the file: ${megabytes(p.done)} of ${megabytes(p.total)}…`,
      progress: p,
    };
  }
  return {
    ...notice,
    detail: `Saving ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} annotations…`,
    progress: p,
  };
}

/**
 * Imports annotated-JSON files: the progress in a notice with a working
 * Cancel, and the question asked before a file's text replaces an article's
 * (`question`), the preview of a merge (`mergeQuestion`) and the choice for
 * verdicts not on the scale (`verdictQuestion`), for the app to show. `open` shows the imported article.
 */
export function useImport(open: (id: string) => void, notify: (notice: NoticeMessage) => void) {
  const [question, setQuestion] = useState<ImportQuestion | null>(null);
  const [mergeQuestion, setMergeQuestion] = useState<MergeQuestion | null>(null);
  const [verdictQuestion, setVerdictQuestion] = useState<VerdictQuestion | null>(null);
  const importFile = useCallback(
    (file: File) => {
      const controller = new AbortController();
      const title = `Importing “${file.name}”`;
      const onCancel = () => controller.abort();
      notify({ tone: 'info', title, detail: 'Reading the file…', progress: 'unknown', onCancel });
      /** Shows a question (`show`) until it is answered; Cancel in the notice answers `onAbort`. */
      const ask = <A, Q>(
        show: (q: Q | null) => void,
        question: (answer: (a: A) => void) => Q,
        onAbort: A,
      ) =>
        new Promise<A>(resolve => {
          const answer = (a: A) => {
            controller.signal.removeEventListener('abort', cancelled);
            show(null);
            resolve(a);
          };
          const cancelled = () => answer(onAbort);
          controller.signal.addEventListener('abort', cancelled, { once: true });
          notify({ tone: 'info', title, detail: 'Waiting for your choice…', onCancel });
          show(question(answer));
        });
      const confirm = (plan: ImportPlan) =>
        ask<ReplaceChoice, ImportQuestion>(setQuestion, answer => ({ plan, answer }), 'cancel');
      const previewMerge = (preview: MergePreview) =>
        ask<boolean, MergeQuestion>(setMergeQuestion, answer => ({ preview, answer }), false);
      const chooseVerdicts = (question: VerdictQuestionData) =>
        ask<VerdictChoices | null, VerdictQuestion>(
          setVerdictQuestion,
          answer => ({ question, answer }),
          null,
        );
      void importAnnotatedFile(file, {
        onProgress: p => notify({ ...progressNotice(title, p), onCancel }),
        signal: controller.signal,
        confirm,
        previewMerge,
        chooseVerdicts,
      }).then(({ notice, articleId }) => {
        notify(notice);
        if (articleId) open(articleId);
      });
    },
    [open, notify],
  );
  return { importFile, question, mergeQuestion, verdictQuestion };
}
