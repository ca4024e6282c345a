import { useCallback, useEffect, useState } from 'react';
import { SAMPLE_ARTICLE_PATH, sampleArticle } from '../io/sample-article';
import { startArticleId } from '../store/articles';
import { LAST_ARTICLE, setSetting } from '../store/settings';
import { useArticle } from './hooks';
import { Notice, type NoticeMessage } from './Notice';
import { Workspace } from './Workspace';

async function fetchSample() {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE_ARTICLE_PATH}`);
  if (!response.ok)
    throw new Error(`the sample article could not be read (HTTP ${response.status})`);
  return sampleArticle(await response.text());
}

/** Opens the last article (the sample on first start) and hands it to the workspace. */
export function App() {
  const [articleId, setArticleId] = useState<string>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  useEffect(() => {
    startArticleId(fetchSample)
      .then(setArticleId)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  useEffect(() => {
    if (articleId) void setSetting(LAST_ARTICLE, articleId);
  }, [articleId]);
  const article = useArticle(articleId);
  const openArticle = useCallback((id: string) => setArticleId(id), []);
  const closeNotice = useCallback(() => setNotice(null), []);

  if (error)
    return <Problem message={`Factmark could not open its database or article: ${error}.`} />;
  if (article === null)
    return <Problem message="The article to open is missing from this browser’s storage." />;
  if (!article) return <p className="loading">Opening…</p>;
  return (
    <>
      {notice && (
        <div className="notice-area">
          <Notice notice={notice} onClose={closeNotice} />
        </div>
      )}
      <Workspace key={article.id} article={article} notify={setNotice} openArticle={openArticle} />
    </>
  );
}

function Problem({ message }: { message: string }) {
  return (
    <div className="problem" role="alert">
      <h1>Factmark</h1>
      <p>{message}</p>
      <p>Nothing stored was changed. Reload the page to try again.</p>
    </div>
  );
}
