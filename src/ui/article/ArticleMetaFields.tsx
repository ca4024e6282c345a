import type { ArticleMeta } from '../../io/article-record';
import { Field } from '../common/Field';
import type { MetaErrors } from './article-meta';

/** The editable metadata of an article: title, source, publisher, author, publication date. */
export function ArticleMetaFields({
  meta,
  errors,
  onChange,
}: {
  meta: ArticleMeta;
  errors: MetaErrors;
  onChange: (meta: ArticleMeta) => void;
}) {
  const set = (patch: Partial<ArticleMeta>) => onChange({ ...meta, ...patch });
  return (
    <div className="meta-fields">
      <Field id="meta-title" label="Title" error={errors.title}>
        <input value={meta.title} onChange={e => set({ title: e.target.value })} />
      </Field>
      <Field id="meta-source" label="Source URL" error={errors.sourceUrl}>
        <input
          type="url"
          placeholder="https://"
          value={meta.sourceUrl ?? ''}
          onChange={e => set({ sourceUrl: e.target.value })}
        />
      </Field>
      <div className="field-row">
        <Field id="meta-publisher" label="Publisher" error={errors.publisher}>
          <input value={meta.publisher ?? ''} onChange={e => set({ publisher: e.target.value })} />
        </Field>
        <Field id="meta-author" label="Author" error={errors.author}>
          <input value={meta.author ?? ''} onChange={e => set({ author: e.target.value })} />
        </Field>
      </div>
      <Field id="meta-date" label="Publication date" error={errors.publishedAt}>
        <input
          type="date"
          value={(meta.publishedAt ?? '').slice(0, 10)}
          onChange={e => set({ publishedAt: e.target.value })}
        />
      </Field>
    </div>
  );
}
