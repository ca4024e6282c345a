import type { Article } from '../model/types';
import { isHttpUrl } from '../model/urls';

/** The article's title and where it comes from. */
export function ArticleHeader({ article }: { article: Article }) {
  const date = article.publishedAt ? new Date(article.publishedAt) : null;
  return (
    <header className="article-header">
      {article.publisher && <p className="publisher">{article.publisher}</p>}
      <h1>{article.title}</h1>
      <p className="byline">
        {article.author && <span>By {article.author}</span>}
        {date && !Number.isNaN(date.getTime()) && (
          <time dateTime={article.publishedAt}>{date.toLocaleDateString()}</time>
        )}
        {article.sourceUrl && isHttpUrl(article.sourceUrl) && (
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
            Original article
          </a>
        )}
      </p>
    </header>
  );
}
