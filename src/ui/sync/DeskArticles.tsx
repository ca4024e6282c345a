import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sameJson } from '../../model/same-json';
import { articleIds } from '../../store/articles';
import { DESK_SYNC, readDeskSync, type DeskSyncSettings } from '../../store/desk-sync-settings';
import type { DeskArticleEntry } from '../../sync/desk-catalog';
import { showDate } from '../common/dates';
import type { NoticeMessage } from '../common/notice-message';
import type { Problem } from '../common/problem';
import { ProblemText } from '../common/ProblemText';
import { useSetting } from '../common/use-setting';
import { problemOfDesk } from './desk-problem';

interface Props {
  /** Imports the article's file as any annotated JSON is imported, then opens it. */
  onImport: (file: File) => void;
  notify: (notice: NoticeMessage) => void;
}

// the sync's code (Hocuspocus, Yjs) is a chunk of its own, loaded only while sync is on
const loadDesk = () => import('../../sync/desk-articles');

/** How often the shown list is asked for again: a colleague's new article appears within this. */
const ASK_AGAIN_MS = 5_000;

type DeskAnswer = { list: DeskArticleEntry[] } | { problem: Problem };

/** The desk's list of articles, or what kept it from being had. */
const askDesk = (settings: DeskSyncSettings): Promise<DeskAnswer> =>
  loadDesk()
    .then(m => m.listDeskArticles(settings.url, settings.token))
    .then(
      list => ({ list }),
      (e: unknown) => ({
        problem: problemOfDesk(e, 'The desk’s list of articles could not be had.'),
      }),
    );

/**
 * The Library's list of the articles colleagues put on the desk that this
 * browser lacks, while sync is on: each can be got from the desk (its text
 * and metadata; the annotations come with the sync once it is open).
 */
export function DeskArticles({ onImport, notify }: Props) {
  const stored = useSetting<unknown>(DESK_SYNC);
  const settings = useMemo(() => readDeskSync(stored?.value) ?? null, [stored]);
  const [list, setList] = useState<DeskArticleEntry[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [getting, setGetting] = useState<string | null>(null);
  // the library's articles are not offered again
  const known = useLiveQuery(articleIds, []);

  const show = useCallback((answer: DeskAnswer) => {
    if ('problem' in answer) return setProblem(answer.problem);
    // asked every few seconds: the same list again draws nothing again
    setList(shown => (sameJson(shown, answer.list) ? shown : answer.list));
    setProblem(null);
  }, []);
  // the list follows the desk while it is shown: asked again every few seconds while the page is
  // in view, and at once when the window is back in front
  useEffect(() => {
    if (!settings) return;
    let gone = false;
    let asking = false;
    const ask = () => {
      if (asking || document.visibilityState !== 'visible') return;
      asking = true;
      void askDesk(settings).then(answer => {
        asking = false;
        if (!gone) show(answer);
      });
    };
    ask();
    const timer = setInterval(ask, ASK_AGAIN_MS);
    window.addEventListener('focus', ask);
    document.addEventListener('visibilitychange', ask);
    return () => {
      gone = true;
      clearInterval(timer);
      window.removeEventListener('focus', ask);
      document.removeEventListener('visibilitychange', ask);
    };
  }, [settings, show]);

  if (!settings) return null;
  const missing = (list ?? []).filter(a => known && !known.has(a.id));
  const get = (entry: DeskArticleEntry) => {
    setGetting(entry.id);
    loadDesk()
      .then(async m =>
        m.deskArticleFile(await m.readDeskArticle(settings.url, settings.token, entry.id)),
      )
      .then(onImport, (e: unknown) =>
        notify({
          tone: 'error',
          title: `“${entry.title}” was not got from the desk`,
          ...noticeOf(problemOfDesk(e, 'The article could not be had from the desk.')),
        }),
      )
      .finally(() => setGetting(null));
  };

  return (
    <section className="desk-articles" aria-labelledby="desk-articles-title">
      <header className="desk-articles-header">
        <h2 id="desk-articles-title">On the desk</h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => void askDesk(settings).then(show)}
        >
          Refresh
        </button>
      </header>
      {problem && <ProblemText problem={problem} />}
      {!problem && list === null && <p className="field-hint">Asking the desk…</p>}
      {list !== null && missing.length === 0 && (
        <p className="field-hint">
          {list.length === 0
            ? 'No article is on the desk yet: an article goes there when a reviewer opens it with sync on.'
            : 'Every article on the desk is in your library.'}
        </p>
      )}
      {missing.length > 0 && (
        <ul className="library-list" aria-label="Articles on the desk">
          {missing.map(a => (
            <li key={a.id} className="library-item desk-article">
              <div className="library-main">
                <p className="library-title">{a.title}</p>
                <p className="library-meta">
                  {[
                    a.publisher,
                    showDate(a.publishedAt),
                    charactersText(a.textLength),
                    `put on the desk ${showDate(a.addedAt)}${a.addedBy ? ` by ${a.addedBy}` : ''}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <button
                type="button"
                className="button button--small"
                disabled={getting !== null}
                onClick={() => get(a)}
              >
                {getting === a.id ? 'Getting…' : 'Get from the desk'}
                <span className="visually-hidden"> “{a.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "83 characters", "12k characters": how long the article is, at a glance. */
const charactersText = (n: number) =>
  n < 1000 ? `${n} characters` : `${Math.round(n / 1000).toLocaleString('en')}k characters`;

const noticeOf = (p: Problem) => ({
  detail: `${p.message} Nothing was changed.`,
  ...(p.technical !== undefined && { technical: p.technical }),
});
