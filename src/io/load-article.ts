import { ARTICLE_EXTENSIONS, ARTICLE_LIMITS } from './article-limits';
import { titleFromFileName } from './article-title';
import { decodeUtf8 } from './decode-text';
import { detectBinary } from './detect-binary';
import { loadPlainText } from './load-plain-text';
import { loadError, type ArticleFormat, type LoadError, type LoadResult } from './load-result';

export type {
  ArticleFormat,
  LoadedArticle,
  LoadError,
  LoadErrorCode,
  LoadResult,
} from './load-result';

/** What a reviewer hands the app: a chosen or dropped file, or a paste (its text and, if any, its HTML). */
export type ArticleInput =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'paste'; text: string; html?: string };

/** The title of a paste that names none. */
export const PASTE_TITLE = 'Pasted article';

const EXTENSIONS = Object.keys(ARTICLE_EXTENSIONS);
const ACCEPTED = `${EXTENSIONS.slice(0, -1).join(', ')} or ${EXTENSIONS.at(-1) ?? ''}`;

/** The format a file name's extension says (case-insensitive), or null for any other file. */
export function formatOfFileName(name: string): ArticleFormat | null {
  const ext = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return Object.hasOwn(ARTICLE_EXTENSIONS, ext)
    ? ARTICLE_EXTENSIONS[ext as keyof typeof ARTICLE_EXTENSIONS]
    : null;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A refusal whose message names what was refused: "Could not load “a.txt”: why." */
function refuse(what: string, error: LoadError): LoadError {
  return { ...error, message: `Could not load ${what}: ${error.message}.` };
}

async function loadFile(name: string, bytes: Uint8Array): Promise<LoadResult> {
  const format = formatOfFileName(name);
  if (!format) {
    return loadError(
      'unsupported-type',
      `it is not a file type Factmark reads; choose a ${ACCEPTED} file`,
    );
  }
  if (bytes.length === 0) return loadError('empty', 'the file is empty');
  if (bytes.length > ARTICLE_LIMITS.fileBytes) {
    return loadError(
      'too-large',
      `it is ${megabytes(bytes.length)}; Factmark loads files of up to ${megabytes(ARTICLE_LIMITS.fileBytes)}`,
    );
  }
  if (format === 'markdown' && bytes.length > ARTICLE_LIMITS.markdownBytes) {
    return loadError(
      'too-large',
      `it is ${megabytes(bytes.length)}; Factmark loads Markdown files of up to ${megabytes(ARTICLE_LIMITS.markdownBytes)}`,
    );
  }
  const decoded = decodeUtf8(bytes);
  // a UTF-16 file has NUL bytes, so it is named as such before the binary check
  if (!decoded.ok && decoded.utf16) return loadError('not-utf8', decoded.message);
  const binary = detectBinary(bytes);
  if (binary) return loadError('binary', `it is not text but looks like ${binary}`);
  if (!decoded.ok) return loadError('not-utf8', decoded.message);
  const title = titleFromFileName(name);
  switch (format) {
    case 'text':
      return loadPlainText(decoded.text, title);
    case 'markdown':
      return (await import('./markdown')).loadMarkdown(decoded.text, title);
    case 'html':
      return (await import('./html')).loadHtmlPage(decoded.text, title);
  }
}

async function loadPaste(text: string, html: string | undefined): Promise<LoadResult> {
  if (!text && !html) return loadError('empty', 'nothing was pasted');
  const length = Math.max(text.length, html?.length ?? 0);
  if (length > ARTICLE_LIMITS.pasteLength) {
    return loadError(
      'too-large',
      `it is ${length.toLocaleString('en')} characters long; Factmark loads pastes of up to ${ARTICLE_LIMITS.pasteLength.toLocaleString('en')}`,
    );
  }
  if (html?.trim()) {
    const result = (await import('./html')).loadHtmlFragment(html, PASTE_TITLE);
    // a selection of images (or of nothing visible) may still come with plain text
    if (result.ok || result.code !== 'no-text' || !text.trim()) return result;
  }
  return loadPlainText(text, PASTE_TITLE);
}

/**
 * The one gate through which an article enters: a file (`.txt`, `.md`,
 * `.markdown`, `.html`, `.htm`, by extension) or a paste (HTML when the
 * clipboard has it, else its text) becomes an article document with its
 * metadata, or a refusal with a code and a message that names the input and
 * says why. Refuses empty, binary, non-UTF-8, oversized and textless inputs
 * and unknown file types (see `ARTICLE_LIMITS`). Never throws: an
 * unexpected failure is an `unreadable` refusal. The Markdown and HTML
 * loaders (markdown-it, Readability, DOMPurify) are imported on first use.
 */
export async function loadArticle(input: ArticleInput): Promise<LoadResult> {
  const what = input.kind === 'file' ? `“${input.name}”` : 'the pasted text';
  let result: LoadResult;
  try {
    result =
      input.kind === 'file'
        ? await loadFile(input.name, input.bytes)
        : await loadPaste(input.text, input.html);
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    result = loadError('unreadable', 'it could not be read; save it again and retry', why);
  }
  return result.ok ? result : refuse(what, result);
}
