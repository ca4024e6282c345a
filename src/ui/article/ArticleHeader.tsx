import type { Node as PmNode } from 'prosemirror-model';
import { memo, useMemo, useState } from 'react';
import { opensWithTitle } from '../../editor/opens-with-title';
import type { Article } from '../../model/types';
import { isHttpUrl } from '../../model/urls';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import { showDate } from '../common/dates';

/**
 * The article's title and where it comes from, with a way to correct them.
 * When the text itself opens with the headline (a loaded web page or draft),
 * the title is not shown twice. Drawn again only when the article changes:
 * formatting the date takes milliseconds, and the workspace redraws often.
 */
export const ArticleHeader = memo(function ArticleHeader({
  article,
  doc,
}: {
  article: Article;
  /** The article's document, to see whether it opens with the title. */
  doc: PmNode;
}) {
  const [editing, setEditing] = useState(false);
  const titled = useMemo(() => opensWithTitle(doc, article.title), [doc, article.title]);
  const date = showDate(article.publishedAt);
  return (
    <header className="article-header">
      {article.publisher && <p className="publisher">{article.publisher}</p>}
      {!titled && <h1>{article.title}</h1>}
      <p className="byline">
        {article.author && <span>By {article.author}</span>}
        {date && <time dateTime={article.publishedAt}>{date}</time>}
        {article.sourceUrl && isHttpUrl(article.sourceUrl) && (
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
            Original article
          </a>
        )}
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          Edit details
        </button>
      </p>
      {editing && <ArticleDetailsDialog article={article} onClose={() => setEditing(false)} />}
    </header>
  );
});
