import { useCallback, useEffect, useRef, useState, type ClipboardEvent } from 'react';
import type { ArticleMeta } from '../../io/article-record';
import type { ArticleInput, LoadedArticle } from '../../io/load-article';
import { ArticleMetaFields } from './ArticleMetaFields';
import { checkMeta, type MetaErrors } from './article-meta';
import { DialogActions, ModalDialog } from '../common/ModalDialog';
import { after, problemOf, type Problem } from '../common/problem';
import { ProblemText } from '../common/ProblemText';
import { writeProblem } from '../common/storage-errors';

interface Props {
  /** A file dropped on the window, to load at once. */
  initialFile?: File | undefined;
  onLoad: (loaded: LoadedArticle, meta: ArticleMeta) => Promise<void>;
  onCancel: () => void;
}

/** Pastes up to this many characters are shown in the text area; longer ones are only read. */
const SHOWN_PASTE_LENGTH = 200_000;

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** Reads a paste or a file into an article the reviewer can check and name before loading it. */
export function NewArticleDialog({ initialFile, onLoad, onCancel }: Props) {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState<LoadedArticle | null>(null);
  const [meta, setMeta] = useState<ArticleMeta>({ title: '' });
  const [metaErrors, setMetaErrors] = useState<MetaErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  /** Whether the text was typed or edited by hand (read once the reviewer pauses) rather than pasted. */
  const typed = useRef(false);

  const read = useCallback(async (input: ArticleInput) => {
    setBusy(true);
    setProblem(null);
    try {
      const { loadArticle } = await import('../../io/load-article');
      const result = await loadArticle(input);
      if (!result.ok) {
        setLoaded(null);
        setProblem({
          message: result.message,
          ...(result.technical !== undefined && { technical: result.technical }),
        });
      } else {
        setLoaded(result);
        setMeta(result.meta);
      }
    } catch (err) {
      setProblem(
        problemOf(
          err,
          'The article could not be read. Check that it is a text, Markdown or saved web page, and try again.',
        ),
      );
    } finally {
      setBusy(false);
    }
  }, []);

  const readFile = async (file: File) =>
    read({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

  useEffect(() => {
    if (!initialFile) return;
    // read after this render; the file is the one the dialog was opened with
    const timer = setTimeout(
      () =>
        void initialFile
          .arrayBuffer()
          .then(buffer =>
            read({ kind: 'file', name: initialFile.name, bytes: new Uint8Array(buffer) }),
          ),
      0,
    );
    return () => clearTimeout(timer);
  }, [initialFile, read]);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = e.clipboardData.getData('text/html');
    const pastedText = e.clipboardData.getData('text/plain');
    if (!pastedHtml && !pastedText) return;
    e.preventDefault();
    typed.current = false;
    // a long paste is read, not shown: filling the text area with megabytes would freeze the tab
    const pasted = pastedText || pastedHtml;
    setText(pasted.length > SHOWN_PASTE_LENGTH ? '' : pasted);
    void read({ kind: 'paste', text: pastedText, ...(pastedHtml && { html: pastedHtml }) });
  };

  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      if (text.trim()) void read({ kind: 'paste', text });
      else setLoaded(null);
    }, 400);
    return () => clearTimeout(timer);
  }, [text, read]);

  const submit = async () => {
    const current = loaded ?? null;
    if (!current)
      return setProblem(problem ?? { message: 'Paste the article’s text or choose a file first.' });
    const checked = checkMeta(meta);
    if (!checked.ok) return setMetaErrors(checked.errors);
    setBusy(true);
    try {
      await onLoad(current, checked.meta);
    } catch (err) {
      setProblem(after('The article could not be stored.', writeProblem(err)));
      setBusy(false);
    }
  };

  const paragraphs = loaded ? loaded.doc.childCount : 0;
  const preview = loaded
    ? loaded.doc.textBetween(0, Math.min(loaded.doc.content.size, 400), '\n')
    : '';
  return (
    <ModalDialog wide labelledBy="new-article-title" onCancel={onCancel}>
      <form
        onSubmit={e => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <h2 id="new-article-title">New article</h2>
        <div className="new-article-ways">
          <section aria-labelledby="paste-heading">
            <h3 id="paste-heading">Paste article</h3>
            <label htmlFor="article-text">Article text</label>
            <textarea
              id="article-text"
              rows={7}
              value={text}
              placeholder="Paste the text or the web page’s content here"
              onPaste={onPaste}
              onChange={e => {
                typed.current = true;
                setText(e.target.value);
              }}
            />
          </section>
          <section aria-labelledby="file-heading">
            <h3 id="file-heading">Or open a file</h3>
            <label htmlFor="article-file">Open article file</label>
            <input
              id="article-file"
              type="file"
              accept={ACCEPT}
              onChange={e => {
                const file = e.target.files?.[0];
                if (file) void readFile(file);
              }}
            />
            <p className="field-hint">
              Text (.txt), Markdown (.md) or a saved web page (.html). You can also drop a file on
              the window.
            </p>
          </section>
        </div>

        {problem && (
          <ProblemText
            problem={{ ...problem, message: `${problem.message} Nothing was loaded.` }}
          />
        )}
        {loaded && (
          <section className="load-preview" aria-label="What will be loaded">
            <p className="muted">
              {paragraphs} {paragraphs === 1 ? 'block' : 'blocks'} of{' '}
              {loaded.format === 'html' ? 'web page' : loaded.format} text:
            </p>
            <blockquote>{preview}…</blockquote>
            <ArticleMetaFields meta={meta} errors={metaErrors} onChange={setMeta} />
          </section>
        )}
        <DialogActions submit="Load" disabled={busy || !loaded} onCancel={onCancel}>
          {busy && (
            <span className="muted" role="status">
              Reading…
            </span>
          )}
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
