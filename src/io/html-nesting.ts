/** Elements that never have content, so never nest. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose end tag the parser implies (pages often leave it out) and that cannot nest in themselves. */
const IMPLIED_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'colgroup',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
]);

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

// a start or end tag up to its ">", never across another "<" (so a scan is linear)
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(\/?)>/y;

const rawTextEnds = new Map<string, RegExp>();
const rawTextEnd = (name: string) => {
  let end = rawTextEnds.get(name);
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}[\\s/>]`, 'gi')));
  return end;
};

/**
 * True if the tags of `html` nest more than `limit` levels deep, by a single
 * linear scan of the text, before any parser sees it. A browser's HTML parser
 * slows down badly on extreme nesting (Chromium takes seconds for 50,000
 * nested elements), so such a page must be refused before it is parsed.
 * An estimate: void elements, elements with implied end tags (p, li, td …),
 * comments and the text of scripts and styles are not counted, and `/>`
 * closes an element only inside SVG or MathML, as in the HTML parser. The
 * exact depth is checked again on the parsed document.
 */
export function tagsNestDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  let foreignFrom = -1; // the depth at which an <svg> or <math> opened, or -1
  let i = html.indexOf('<');
  while (i >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(html);
    if (!tag) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = (tag[2] ?? '').toLowerCase();
    const closing = tag[1] === '/';
    i = html.indexOf('<', TAG.lastIndex);
    if (VOID.has(name) || IMPLIED_END.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth <= foreignFrom) foreignFrom = -1;
      continue;
    }
    if (tag[3] === '/' && foreignFrom >= 0) continue;
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = TAG.lastIndex;
      if (!end.test(html)) return false; // the rest of the page is this element's text
      i = html.indexOf('<', end.lastIndex);
      continue;
    }
    if ((name === 'svg' || name === 'math') && foreignFrom < 0) foreignFrom = depth;
    if (++depth > limit) return true;
  }
  return false;
}

/** How deeply the elements under `root` nest (`root` is 1) and how many there are. */
export interface DomSize {
  depth: number;
  elements: number;
}
