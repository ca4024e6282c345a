import { RECORD_LIMITS } from '../model/record-limits';

/**
 * What the article loaders accept at most, in one place so the UI can show
 * them and docs/loading.md can name them. Each limit refuses an input quickly,
 * before the expensive steps run, so a huge or hostile file never freezes
 * the tab.
 */
export interface ArticleLimits {
  /** A file's size in bytes, checked before it is decoded. */
  readonly fileBytes: number;
  /** A Markdown file's size in bytes: markdown-it takes about 2 s per MB of the worst input. */
  readonly markdownBytes: number;
  /** Lines of a text or Markdown file (each is a paragraph or a line break to build). */
  readonly lines: number;
  /** Elements of an HTML page or paste, counted right after parsing. */
  readonly htmlElements: number;
  /** A paste's text or HTML, in UTF-16 code units (JavaScript's `length`). */
  readonly pasteLength: number;
  /** The loaded article's canonical text, in UTF-16 code units. */
  readonly textLength: number;
  /** How deeply an HTML page may nest its elements: estimated before parsing, checked after. */
  readonly htmlDepth: number;
  /**
   * Readability picks the main article only from pages with at most this many
   * elements and this depth (its cost grows with both); a bigger page is read
   * whole, still sanitized.
   */
  readonly readabilityElements: number;
  readonly readabilityDepth: number;
  /** How deeply the article's document may nest (a list in a quote in a list …). */
  readonly docDepth: number;
  /** A title, publisher or author; longer titles are cut, longer names dropped. */
  readonly nameLength: number;
  /** A source URL; a longer one is dropped. */
  readonly urlLength: number;
}

/**
 * The loaders' limits. `textLength`, `docDepth`, `nameLength` and `urlLength`
 * are those of every record (`RECORD_LIMITS`, which the import applies too),
 * so every article that loads can be exported and imported again.
 */
export const ARTICLE_LIMITS: ArticleLimits = Object.freeze({
  fileBytes: 10 * 1024 * 1024,
  markdownBytes: 1024 * 1024,
  lines: 200_000,
  htmlElements: 200_000,
  pasteLength: 10_000_000,
  textLength: RECORD_LIMITS.textLength,
  htmlDepth: 500,
  readabilityElements: 30_000,
  readabilityDepth: 200,
  docDepth: RECORD_LIMITS.docDepth,
  nameLength: RECORD_LIMITS.nameLength,
  urlLength: RECORD_LIMITS.urlLength,
});

/** The file types the loaders read, by extension (lower case, with the dot). */
export const ARTICLE_EXTENSIONS = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
} as const satisfies Record<string, 'text' | 'markdown' | 'html'>;
