import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type ReactNode } from 'react';
import { SAMPLE_ARTICLE_ID } from '../../io/sample-article';
import { deleteArticle, listLibrary, type LibraryEntry } from '../../store/articles';
import { BackUpLibraryButton } from '../common/BackUpLibraryButton';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { NoticeMessage } from '../common/notice-message';
import { withModule } from '../common/load-later';
import { annotationsText, claimsCheckedText, withVerdictText } from '../common/progress-words';
import { matchesLibrarySearch } from './library-search';
import { showDate } from '../common/dates';

interface Props {
  currentId: string | undefined;
  onOpen: (id: string) => void;
  onNewArticle: () => void;
  onRestoreSample: () => Promise<void>;
  /** Back to the article that was open, if there is one. */
  onBack: (() => void) | undefined;
  notify: (notice: NoticeMessage) => void;
  /** Shown below the library's articles: the articles on the desk, while sync is on. */
  desk?: ReactNode;
}

/** Every stored article, newest first, with how far its review has come. */
export function Library(props: Props) {
  const { currentId, onOpen, onNewArticle, onRestoreSample, onBack, notify, desk } = props;
  const backupInput = useRef<HTMLInputElement>(null);
  const entries = useLiveQuery(listLibrary, []);
  const [query, setQuery] = useState('');
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const shown = (entries ?? []).filter(e => matchesLibrarySearch(e, query));
  const hasSample = entries?.some(e => e.id === SAMPLE_ARTICLE_ID) ?? true;

  return (
    <main className="library" aria-labelledby="library-title">
      <p className="library-brand">
        <span className="brand">Factmark</span>
        {onBack && (
          <button type="button" className="button button--quiet" onClick={onBack}>
            ← Back to the article
          </button>
        )}
      </p>
      <header className="library-header">
        <h1 id="library-title">Library</h1>
        <div className="library-tools">
          <label htmlFor="library-search" className="visually-hidden">
            Search the library
          </label>
          <input
            id="library-search"
            type="search"
            placeholder="Search titles, publishers, reviewers"
            value={query}
            onChange={e => setQuery(e.target.value)}
          />
          <button type="button" className="button button--primary" onClick={onNewArticle}>
            New article
          </button>
          {!hasSample && (
            <button type="button" className="button" onClick={() => void onRestoreSample()}>
              Restore sample article
            </button>
          )}
        </div>
      </header>
      <div className="library-backup">
        <p className="field-hint">
          The library lives in this browser only, which may clear it. Back it up to keep it.
        </p>
        <BackUpLibraryButton className="button" notify={notify} />
        <button type="button" className="button" onClick={() => backupInput.current?.click()}>
          Restore from backup
        </button>
        <input
          ref={backupInput}
          type="file"
          accept=".json,application/json"
          hidden // the button opens it: one control for assistive technology, not two
          onChange={e => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            notify({ tone: 'info', title: `Restoring “${file.name}”`, progress: 'unknown' });
            // the backup's checks (zod) and writer are loaded when a backup is restored, not at start
            void withModule(
              () => import('./restore-backup'),
              `“${file.name}” was not restored`,
              m => m.restoreBackupFile(file),
            ).then(notify);
          }}
        />
      </div>
      {entries && shown.length === 0 && (
        <p className="empty-state">
          {entries.length ? 'No article matches your search.' : 'No articles yet.'}
        </p>
      )}
      <ul className="library-list" aria-label="Articles">
        {shown.map(e => (
          <li key={e.id} className={`library-item${e.id === currentId ? ' is-current' : ''}`}>
            <div className="library-main">
              <button type="button" className="library-open" onClick={() => onOpen(e.id)}>
                {e.title}
              </button>
              <p className="library-meta">
                {[
                  e.publisher,
                  showDate(e.publishedAt),
                  e.previousVersionId && 'edited version',
                  `added ${showDate(e.createdAt)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            <p className="library-progress">
              <span>{annotationsText(e.annotations)}</span>
              <span>{claimsCheckedText(e.checkedClaims, e.claims)}</span>
              {e.withVerdict !== e.checkedClaims && <span>{withVerdictText(e.withVerdict)}</span>}
            </p>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => setDeleting(e)}
            >
              Delete article<span className="visually-hidden"> “{e.title}”</span>
            </button>
          </li>
        ))}
      </ul>
      {desk}
      {deleting && (
        <ConfirmDialog
          title="Delete this article?"
          message={`“${deleting.title}” and its ${deleting.annotations} annotations will be removed from this browser. Export it first if you may need it again.`}
          confirmLabel="Delete article"
          onConfirm={() => {
            void deleteArticle(deleting.id).finally(() => setDeleting(null));
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </main>
  );
}
