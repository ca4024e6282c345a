import type { Node as PmNode } from 'prosemirror-model';
import type { ArticleMeta } from './article-record';

/** The formats an article is loaded from. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Why an input was refused, for code to branch on; the message says it for the reviewer. */
export type LoadErrorCode =
  /** The file or paste holds nothing at all. */
  | 'empty'
  /** Over `ARTICLE_LIMITS.fileBytes` (`markdownBytes` for Markdown) or `pasteLength`. */
  | 'too-large'
  /** A file extension the loaders do not read. */
  | 'unsupported-type'
  /** Binary data (an image, a PDF, an archive …), whatever its name says. */
  | 'binary'
  /** Bytes that are not UTF-8 text. */
  | 'not-utf8'
  /** Parsed, but there is no text to annotate. */
  | 'no-text'
  /** More text than `ARTICLE_LIMITS.textLength`. */
  | 'too-long'
  /** More lines or elements than `ARTICLE_LIMITS.lines` or `htmlElements`. */
  | 'too-complex'
  /** Nested deeper than `ARTICLE_LIMITS.htmlDepth` or `docDepth`. */
  | 'too-deep'
  /** The parser failed or the environment lacks what it needs (e.g. no DOM). */
  | 'unreadable';

/** A loaded article: its document and metadata, ready for `articleFromDoc`. */
export interface LoadedArticle {
  ok: true;
  doc: PmNode;
  meta: ArticleMeta;
  format: ArticleFormat;
}

/** A refused input: nothing is loaded. */
export interface LoadError {
  ok: false;
  code: LoadErrorCode;
  message: string;
  /** What only a technical reader needs (an error's own words), shown under "Details". */
  technical?: string;
}

/** What every loader returns; it never throws for bad input. */
export type LoadResult = LoadedArticle | LoadError;

/** A refusal with its code and message (and, for Details, the technical words). */
export function loadError(code: LoadErrorCode, message: string, technical?: string): LoadError {
  return { ok: false, code, message, ...(technical !== undefined && { technical }) };
}
