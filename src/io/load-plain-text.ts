import { canonicalText } from '../editor/text-map';
import { cleanTitle, headlineOf } from './article-title';
import { checkLineCount, checkTextLength } from './finish-doc';
import { bylineOf, withHeadline } from './headline-byline';
import { loadError, type LoadResult } from './load-result';
import { normalizeText } from './normalize-text';
import { docFromPlainText } from './plain-text';

/**
 * Plain text as an article: `normalizeText` (line ends, invisible
 * characters, trailing blanks), then `docFromPlainText` (paragraphs split on
 * blank lines, single line breaks kept as hard breaks). Refuses more than
 * `ARTICLE_LIMITS.lines` lines. The title is the
 * first line if it reads like a headline (`headlineOf`; it stays in the
 * text too, as its heading), else `fallbackTitle`; the author is the name on
 * a byline right after the headline (`bylineOf`).
 */
export function loadPlainText(text: string, fallbackTitle: string): LoadResult {
  const normalized = normalizeText(text);
  if (!/\S/.test(normalized)) return loadError('no-text', 'it holds only blank space');
  const tooMany = checkLineCount(normalized);
  if (tooMany) return tooMany;
  const headline = headlineOf(normalized);
  const author = headline === null ? undefined : bylineOf(normalized);
  const plain = docFromPlainText(normalized);
  const doc = headline === null ? plain : withHeadline(plain);
  return (
    checkTextLength(canonicalText(doc)) ?? {
      ok: true,
      doc,
      meta: {
        title: cleanTitle(headline ?? fallbackTitle),
        ...(author !== undefined && { author }),
      },
      format: 'text',
    }
  );
}
