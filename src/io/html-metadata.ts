import { isHttpUrl } from '../model/urls';
import { ARTICLE_LIMITS } from './article-limits';
import { cleanName, cleanText } from './article-title';
import { isIsoDate, isIsoDateTime } from '../model/iso-dates';

/** What a page says about itself; every field is optional and already cleaned (the title not yet cut to length). */
export interface HtmlMetadata {
  /** From JSON-LD, Open Graph or Twitter: the article's own title. */
  title?: string;
  /** The `<title>` element, often with the site's name appended. */
  pageTitle?: string;
  sourceUrl?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
}

/** The most JSON-LD values looked at on one page, so a huge graph cannot stall loading. */
const JSON_LD_VISITS = 10_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

// schema.org types of an article: NewsArticle, ReportageNewsArticle, BlogPosting …
const ARTICLE_TYPE =
  /^(?:(?:https?:\/\/schema\.org\/|schema:)?(?:\w*Article|\w*BlogPosting|Report))$/;

const isArticle = (value: JsonObject) =>
  asList(value['@type']).some(t => typeof t === 'string' && ARTICLE_TYPE.test(t));

/** The first article object in the page's JSON-LD blocks (`@graph`s and lists searched without recursion). */
function jsonLdArticle(page: Document): JsonObject | undefined {
  let visits = 0;
  for (const script of Array.from(page.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // a broken block is ignored, never evaluated
    }
    // breadth first, so the page's own article comes before any article it mentions
    const queue: Json[] = [data];
    for (let i = 0; i < queue.length; i++) {
      if (++visits > JSON_LD_VISITS) return undefined;
      const value = queue[i];
      const next = Array.isArray(value) ? value : isObject(value) ? asList(value['@graph']) : [];
      if (isObject(value) && isArticle(value)) return value;
      for (const item of next) {
        if (queue.length >= JSON_LD_VISITS) break;
        queue.push(item);
      }
    }
  }
  return undefined;
}

/** A JSON-LD name: a string, an object's `name`, or a list of those joined by commas. */
function jsonLdNames(value: Json | undefined): string | undefined {
  const names = asList(value)
    .map(v => (typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : ''))
    .map(v => v.trim())
    .filter(Boolean);
  return cleanName(names.join(', '));
}

/** A JSON-LD URL: a string or an object's `@id`/`url`. */
function jsonLdUrl(value: Json | undefined): string | undefined {
  for (const v of asList(value)) {
    if (typeof v === 'string') return v;
    if (isObject(v)) {
      const id = v['@id'] ?? v.url;
      if (typeof id === 'string') return id;
    }
  }
  return undefined;
}

const asString = (value: Json | undefined) => (typeof value === 'string' ? value : undefined);

const DATE_TIME_LOOSE =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A publication date as the annotated-JSON format stores it: an RFC 3339
 * date-time or a `YYYY-MM-DD` date. Missing seconds or an offset without a
 * colon are filled in; a time without an offset keeps only its date (the
 * zone is unknown); anything else is dropped rather than guessed at.
 */
export function cleanPublishedAt(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (isIsoDate(text) || isIsoDateTime(text)) return text;
  const m = DATE_TIME_LOOSE.exec(text);
  if (m?.[1] && m[2] && m[5]) {
    const zone = m[5].toUpperCase() === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const dateTime = `${m[1]}T${m[2]}:${m[3] ?? '00'}${m[4] ?? ''}${zone}`;
    if (isIsoDateTime(dateTime)) return dateTime;
  }
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  return date && isIsoDate(date) ? date : undefined;
}

/** An absolute http(s) URL within the length limit, resolved against `base` if relative. */
export function cleanUrl(value: string | null | undefined, base?: string): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: string;
  try {
    url = new URL(raw, base).href;
  } catch {
    return undefined;
  }
  return isHttpUrl(url) && url.length <= ARTICLE_LIMITS.urlLength ? url : undefined;
}

/** Each `<meta>`'s content by its lower-cased `property`, `name` and `itemprop` (the first one wins). */
function metaTags(page: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(page.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find(v => v !== undefined);

/**
 * The metadata of a parsed page, read before anything mutates it: JSON-LD
 * (`NewsArticle`, `Article` …: `headline`, `author`, `datePublished`,
 * `publisher.name`, `url`) first, then Open Graph (`og:title`, `og:url`,
 * `og:site_name`, `article:published_time`, `article:author`), then
 * `<meta name=author>`, `<link rel=canonical>` and `<title>`. JSON-LD is read
 * with `JSON.parse` only. Values are cleaned (`cleanName`, `cleanUrl`,
 * `cleanPublishedAt`); what does not pass is left out.
 */
export function extractHtmlMetadata(page: Document): HtmlMetadata {
  const ld = jsonLdArticle(page);
  const meta = metaTags(page);
  const ogUrl = cleanUrl(meta.get('og:url'));
  const canonical = Array.from(page.getElementsByTagName('link')).find(link =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const articleAuthor = meta.get('article:author');
  const result: HtmlMetadata = {
    title: first(
      cleanText(asString(ld?.headline)),
      cleanText(meta.get('og:title')),
      cleanText(meta.get('twitter:title')),
      cleanText(asString(ld?.name)),
    ),
    pageTitle: cleanText(page.querySelector('title')?.textContent),
    sourceUrl: first(
      cleanUrl(canonical?.getAttribute('href'), ogUrl),
      ogUrl,
      cleanUrl(jsonLdUrl(ld?.url)),
      cleanUrl(jsonLdUrl(ld?.mainEntityOfPage)),
    ),
    publisher: first(jsonLdNames(ld?.publisher), cleanName(meta.get('og:site_name'))),
    author: first(
      jsonLdNames(ld?.author),
      cleanName(meta.get('author')),
      // article:author is often a profile URL rather than a name
      articleAuthor && !/^\w+:\/\//.test(articleAuthor.trim())
        ? cleanName(articleAuthor)
        : undefined,
    ),
    publishedAt: first(
      cleanPublishedAt(asString(ld?.datePublished)),
      cleanPublishedAt(meta.get('article:published_time')),
      cleanPublishedAt(meta.get('datepublished')),
      cleanPublishedAt(meta.get('date')),
    ),
  };
  return Object.fromEntries(
    Object.entries(result).filter(([, value]) => value !== undefined),
  ) as HtmlMetadata;
}
