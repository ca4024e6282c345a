import { useState } from 'react';
import type { ArticleMeta } from '../../io/article-record';
import { nowIso } from '../../model/ids';
import type { Article } from '../../model/types';
import { updateArticleMeta } from '../../store/articles';
import { ArticleMetaFields } from './ArticleMetaFields';
import { checkMeta, type MetaErrors } from './article-meta';
import { DialogActions, ModalDialog } from '../common/ModalDialog';
import { problemOf, type Problem } from '../common/problem';
import { ProblemText } from '../common/ProblemText';

/** Edits an article's title, source, publisher, author and date (its text stays as loaded). */
export function ArticleDetailsDialog({
  article,
  onClose,
}: {
  article: Article;
  onClose: () => void;
}) {
  const [meta, setMeta] = useState<ArticleMeta>({
    title: article.title,
    sourceUrl: article.sourceUrl,
    publisher: article.publisher,
    author: article.author,
    publishedAt: article.publishedAt,
  });
  const [errors, setErrors] = useState<MetaErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const save = async () => {
    const checked = checkMeta(meta);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      await updateArticleMeta(article.id, checked.meta, nowIso());
      onClose();
    } catch (err) {
      setProblem(problemOf(err, 'The details were not saved. Try again.'));
    }
  };
  return (
    <ModalDialog labelledBy="details-title" onCancel={onClose}>
      <form
        onSubmit={e => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <h2 id="details-title">Article details</h2>
        <ArticleMetaFields meta={meta} errors={errors} onChange={setMeta} />
        {problem && <ProblemText problem={problem} />}
        <DialogActions submit="Save" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
