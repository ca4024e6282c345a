import { Readability } from '@mozilla/readability';
import { DOMParser as PmDOMParser, type Node as PmNode } from 'prosemirror-model';
import { articleSchema, isSafeLinkHref } from '../editor/schema';
import { canonicalText } from '../editor/text-map';
import { ARTICLE_LIMITS } from './article-limits';
import { cleanName, cleanText, cleanTitle, headlineOf } from './article-title';
import { finishDoc } from './finish-doc';
import { extractHtmlMetadata } from './html-metadata';
import { tagsNestDeeperThan, type DomSize } from './html-nesting';
import { parseInertHtml } from './inert-html';
import { loadError, type LoadError, type LoadResult } from './load-result';
import { normalizeCharacters } from './normalize-text';
import { sanitizeArticleHtml } from './sanitize';

const tooDeep = () =>
  loadError(
    'too-deep',
    `its elements nest more than ${ARTICLE_LIMITS.htmlDepth} levels deep, which no real article does; copy the article's text and paste it instead`,
  );

/**
 * Parses HTML into an inert document (`parseInertHtml`): no script runs, no
 * image, style or frame loads, no `<meta http-equiv=refresh>` is followed,
 * and the document is never attached to the live page. Refuses markup nested
 * deeper than `ARTICLE_LIMITS.htmlDepth`, estimated on the text first (a
 * parser slows down badly on extreme nesting) and then measured, or with more
 * than `ARTICLE_LIMITS.htmlElements` elements.
 */
function parseInert(html: string): { page: Document; size: DomSize } | LoadError {
  if (typeof document === 'undefined') throw new Error('reading HTML needs a browser DOM');
  if (tagsNestDeeperThan(html, ARTICLE_LIMITS.htmlDepth)) return tooDeep();
  const parsed = parseInertHtml(html, {
    depth: ARTICLE_LIMITS.htmlDepth,
    elements: ARTICLE_LIMITS.htmlElements,
  });
  if (!('exceeded' in parsed)) return parsed;
  if (parsed.exceeded === 'depth') return tooDeep();
  return loadError(
    'too-complex',
    `it has more than ${ARTICLE_LIMITS.htmlElements.toLocaleString('en')} elements, the most Factmark reads in a page`,
  );
}

/**
 * Every link made absolute against the page's own address (its canonical or
 * og:url, never its `<base>`, which a saved page may point anywhere), or
 * unlinked when that cannot be done or the result is not http, https or
 * mailto. So Readability never resolves a link against the app's own origin.
 */
function absolutizeLinks(root: Document | Element, base: string | undefined): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const raw = (a.getAttribute('href') ?? '').trim();
    let href: string | undefined;
    try {
      href = raw && !raw.startsWith('#') ? new URL(raw, base).href : undefined;
    } catch {
      href = undefined;
    }
    if (href && isSafeLinkHref(href)) a.setAttribute('href', href);
    else a.removeAttribute('href');
  }
}

/**
 * Readability's main article of `page`, run on a copy (it mutates what it
 * reads); null if it finds none or the page is too big for it.
 */
function mainArticle(page: Document, size: DomSize) {
  if (
    size.elements > ARTICLE_LIMITS.readabilityElements ||
    size.depth > ARTICLE_LIMITS.readabilityDepth
  ) {
    return null;
  }
  try {
    const copy = page.cloneNode(true) as Document;
    const article = new Readability<Node>(copy, { serializer: el => el }).parse();
    return article?.content && article.textContent?.trim() ? article : null;
  } catch {
    return null; // Readability gave up on this page: fall back to the whole body
  }
}

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * `doc` beginning with the page's headline. Readability drops an `<h1>` that
 * repeats the page title, but a headline is part of what was published and
 * may carry a claim, so the page's first `<h1>` comes back as a level-1
 * heading when it matches the title and the text lacks it.
 */
function withHeadline(doc: PmNode, shown: string | undefined, titles: string[]): PmNode {
  const headline = shown && normalizeCharacters(shown);
  if (!headline || !titles.some(t => sameText(normalizeCharacters(t), headline))) return doc;
  let present = false;
  doc.descendants(node => {
    if (node.isTextblock && sameText(node.textContent.trim(), headline)) present = true;
    return !present && !node.isTextblock;
  });
  if (present) return doc;
  const { heading } = articleSchema.nodes;
  return doc.copy(
    doc.content.addToStart(heading.create({ level: 1 }, articleSchema.text(headline))),
  );
}

/** A node sanitized and parsed into the schema (untidied). */
function docFromHtml(node: Node): PmNode {
  return PmDOMParser.fromSchema(articleSchema).parse(sanitizeArticleHtml(node));
}

/** The text of the document's first heading, if any. */
function firstHeading(doc: PmNode): string | undefined {
  let heading: string | undefined;
  doc.descendants(node => {
    if (heading !== undefined) return false;
    if (node.type === articleSchema.nodes.heading) heading = cleanText(node.textContent);
    return !node.isTextblock;
  });
  return heading;
}

/** A title from the document itself: its first heading, or a headline-like first line. */
function titleFromDoc(doc: PmNode): string | undefined {
  return firstHeading(doc) ?? headlineOf(canonicalText(doc)) ?? undefined;
}

/**
 * A saved web page as an article. The page is parsed inert; its metadata
 * (`extractHtmlMetadata`) is read before anything changes it; Readability
 * picks the main article from a copy (navigation, ads, related boxes,
 * comments and footers dropped); DOMPurify cleans it (`sanitizeArticleHtml`);
 * ProseMirror's parser keeps only what the schema knows; `finishDoc` tidies
 * the white space. If Readability finds nothing with text, or the page is
 * too big for it (`ARTICLE_LIMITS.readabilityElements`, `readabilityDepth`),
 * the whole body is used instead. Refuses pages nested deeper than
 * `ARTICLE_LIMITS.htmlDepth`.
 */
export function loadHtmlPage(html: string, fallbackTitle: string): LoadResult {
  const parsed = parseInert(html);
  if ('ok' in parsed) return parsed;
  const { page, size } = parsed;
  const meta = extractHtmlMetadata(page);
  const headline = cleanText(page.querySelector('h1')?.textContent);
  absolutizeLinks(page, meta.sourceUrl);
  const article = mainArticle(page, size);
  const candidates = [() => article?.content, () => page.body];
  for (const candidate of candidates) {
    const node = candidate();
    if (!node) continue;
    const doc = docFromHtml(node);
    const result = finishDoc(doc, 'html', tidy => ({
      title: cleanTitle(
        meta.title ??
          cleanText(article?.title) ??
          meta.pageTitle ??
          titleFromDoc(tidy) ??
          fallbackTitle,
      ),
      sourceUrl: meta.sourceUrl,
      publisher: meta.publisher ?? cleanName(article?.siteName),
      author: meta.author ?? cleanName(article?.byline),
      publishedAt: meta.publishedAt,
    }));
    if (result.ok) {
      const titles = [meta.title, cleanText(article?.title), meta.pageTitle].filter(
        t => t !== undefined,
      );
      return { ...result, doc: withHeadline(result.doc, headline, titles) };
    }
    if (result.code !== 'no-text') return result;
  }
  return loadError(
    'no-text',
    'no article text found in the page (no paragraph, heading or list with text, even outside the main article)',
  );
}

/**
 * Clipboard HTML as an article: the same inert parse, sanitizing and schema
 * parse as a page, without Readability (a selection is a fragment, not a
 * page) and without page metadata. Relative links become plain text.
 */
export function loadHtmlFragment(html: string, fallbackTitle: string): LoadResult {
  const parsed = parseInert(html);
  if ('ok' in parsed) return parsed;
  const { page } = parsed;
  absolutizeLinks(page, undefined);
  const doc = docFromHtml(page.body);
  return finishDoc(doc, 'html', tidy => ({
    title: cleanTitle(titleFromDoc(tidy) ?? fallbackTitle),
  }));
}
