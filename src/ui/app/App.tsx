import { useCallback, useEffect, useRef, useState } from 'react';
import { articleFromDoc } from '../../io/article-record';
import { SAMPLE_ARTICLE_PATH, sampleArticle } from '../../io/sample-article';
import { prefetchAnnotations } from '../../store/annotation-feed';
import { addArticleOnce, addArticleUnlessKnown, startArticleId } from '../../store/articles';
import { LAST_ARTICLE, setSetting } from '../../store/settings';
import { watchForUpgradeElsewhere } from '../../store/upgrade-watch';
import { ErrorBoundary } from './ErrorBoundary';
import { useArticle } from './use-article';
import { Library } from '../library/Library';
import { DeskArticles } from '../sync/DeskArticles';
import { NewArticleDialog } from '../article/NewArticleDialog';
import { Notice } from '../common/Notice';
import type { NoticeMessage } from '../common/notice-message';
import { RecoveryScreen } from './RecoveryScreen';
import { MergePreviewDialog } from '../transfer/MergePreviewDialog';
import { VerdictChoiceDialog } from '../transfer/VerdictChoiceDialog';
import { ReplaceTextDialog } from '../transfer/ReplaceTextDialog';
import { UpgradeBanner } from './UpgradeBanner';
import { useFileDrop } from './use-file-drop';
import { useImport } from '../transfer/use-import';
import { startCheckerAhead } from '../transfer/check-import-file';
import { Workspace } from '../workspace/Workspace';
import { technicalText } from '../common/problem';

async function fetchSample() {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE_ARTICLE_PATH}`);
  if (!response.ok)
    throw new Error(`the sample article could not be read (HTTP ${response.status})`);
  return sampleArticle(await response.text());
}

const isAnnotatedJson = (file: File) => /\.(json|jsonld)$/i.test(file.name);

/** Opens the last article (the sample on first start); switches between it and the library. */
export function App() {
  const [articleId, setArticleId] = useState<string>();
  const [showLibrary, setShowLibrary] = useState(false);
  const [newArticle, setNewArticle] = useState<{ file?: File } | null>(null);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [upgradedElsewhere, setUpgradedElsewhere] = useState(false);
  useEffect(() => watchForUpgradeElsewhere(() => setUpgradedElsewhere(true)), []);
  useEffect(() => {
    startArticleId(fetchSample)
      .then(id => {
        // the first annotations are read beside the article, not after the view's first render
        prefetchAnnotations(id);
        setArticleId(id);
      })
      .catch((err: unknown) => setError(technicalText(err)));
  }, []);
  useEffect(() => {
    if (!articleId) return;
    prefetchAnnotations(articleId);
    void setSetting(LAST_ARTICLE, articleId);
  }, [articleId]);
  const article = useArticle(articleId);

  const open = useCallback((id: string) => {
    setArticleId(id);
    setShowLibrary(false);
  }, []);
  const closeNotice = useCallback(() => setNotice(null), []);
  const { importFile, question, mergeQuestion, verdictQuestion } = useImport(open, setNotice);
  const takeFile = useCallback(
    (file: File) => (isAnnotatedJson(file) ? importFile(file) : setNewArticle({ file })),
    [importFile],
  );
  const dragging = useFileDrop(takeFile);
  // one chooser for the app's life: one inside the workspace was replaced when an article
  // opened, and a file chosen in the meantime went to a detached input, silently ignored
  const importInput = useRef<HTMLInputElement>(null);
  const chooseImport = useCallback(() => {
    startCheckerAhead();
    importInput.current?.click();
  }, []);

  if (error)
    return (
      <RecoveryScreen reason="The database or the article could not be opened." technical={error} />
    );
  if (article === undefined && !showLibrary) return <p className="loading">Opening…</p>;
  return (
    <>
      {upgradedElsewhere && <UpgradeBanner />}
      {showLibrary || !article ? (
        <Library
          currentId={article?.id}
          onOpen={open}
          onNewArticle={() => setNewArticle({})}
          onRestoreSample={async () => open(await addArticleOnce(await fetchSample()))}
          onBack={article ? () => setShowLibrary(false) : undefined}
          notify={setNotice}
          desk={<DeskArticles onImport={importFile} notify={setNotice} />}
        />
      ) : (
        <ErrorBoundary key={article.id} onRecover={() => setShowLibrary(true)}>
          <Workspace
            article={article}
            notify={setNotice}
            onChooseImport={chooseImport}
            onShowLibrary={() => setShowLibrary(true)}
            onNewArticle={() => setNewArticle({})}
          />
        </ErrorBoundary>
      )}
      {newArticle && (
        <NewArticleDialog
          initialFile={newArticle.file}
          onCancel={() => setNewArticle(null)}
          onLoad={async (loaded, meta) => {
            const { id, existing } = await addArticleUnlessKnown(
              await articleFromDoc(loaded.doc, meta),
            );
            setNewArticle(null);
            open(id);
            setNotice(
              existing
                ? {
                    tone: 'info',
                    title: `Opened “${existing.title}”, already in the library`,
                    detail:
                      'The library holds this text already, so it was opened rather than added a second time. Your annotations on it are here.',
                  }
                : {
                    tone: 'success',
                    title: `Loaded “${meta.title}”`,
                    detail: 'Select text to annotate it.',
                  },
            );
          }}
        />
      )}
      {verdictQuestion && (
        <VerdictChoiceDialog
          question={verdictQuestion.question}
          onAnswer={verdictQuestion.answer}
        />
      )}
      {question && <ReplaceTextDialog plan={question.plan} onAnswer={question.answer} />}
      {mergeQuestion && (
        <MergePreviewDialog preview={mergeQuestion.preview} onAnswer={mergeQuestion.answer} />
      )}
      {notice && (
        <div className="notice-area">
          <Notice notice={notice} onClose={closeNotice} />
        </div>
      )}
      <input
        ref={importInput}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        hidden // the Import button opens it; one control for assistive technology, not two
        onChange={e => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again
          if (file) importFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop an article (.txt, .md, .html) or an annotated JSON file
        </div>
      )}
    </>
  );
}
