import type { VerdictScale } from './verdict-scale';

/**
 * The page behind the article: `--paper` in src/ui/app/base.css (`:root`'s
 * background; `.reading` and `.article-prose` draw none of their own).
 * Keep the two in step.
 */
export const ARTICLE_BACKGROUND = '#fbfaf7';

/** The article's text colour: `--ink` in src/ui/app/base.css. */
export const ARTICLE_INK = '#1d2127';

/**
 * The strongest tint a highlight lays under text: the current highlight's
 * 30 % (`.fm-hl-active` in src/ui/article/highlights.css) over two overlapping ones of
 * 15 % each leaves about half the colour under the text.
 */
export const STRONGEST_TINT = 0.5;

/** WCAG 2.x minimum contrast: AA for normal text, and for graphics that carry meaning. */
export const TEXT_CONTRAST = 4.5;
export const GRAPHIC_CONTRAST = 3;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  if (!HEX.test(hex)) throw new Error(`Not a hex colour: ${hex}`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map(d => d + d).join('') : hex.slice(1);
  const n = parseInt(digits, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// 0.04045 is the sRGB standard's knee; WCAG's 0.03928 gives the same result for 8-bit colours
function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** The WCAG relative luminance (0 black … 1 white) of `#rgb` or `#rrggbb`; throws on others. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `share` of `color` over `background`, as the browser's color-mix draws a tint. */
export function tint(color: string, background: string, share: number): string {
  const over = channels(color);
  const under = channels(background);
  const mixed = over.map((c, i) => Math.round(c * share + (under[i] as number) * (1 - share)));
  return `#${mixed.map(c => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A verdict colour that makes the highlighted text hard to read, or its line hard to see. */
export interface ContrastProblem {
  index: number;
  kind: 'text' | 'highlight';
  ratio: number;
  needed: number;
  message: string;
}

// rounded down, so a failing ratio never reads as the one it needs
const shown = (ratio: number) => `${Math.floor(ratio * 10) / 10}:1`;

/**
 * Each verdict colour as the article shows it: the text on its strongest
 * tint must keep AA contrast (4.5:1), and its underline, the mark that
 * carries the verdict, needs 3:1 against the page. Colours that are not
 * #rrggbb are left to `validateScale`.
 */
export function scaleContrastProblems(
  scale: VerdictScale,
  background: string = ARTICLE_BACKGROUND,
): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  scale.forEach((v, index) => {
    if (!HEX.test(v.color)) return;
    const name = `“${v.label.trim() || `Verdict ${index + 1}`}”`;
    const text = contrastRatio(ARTICLE_INK, tint(v.color, background, STRONGEST_TINT));
    if (text < TEXT_CONTRAST)
      problems.push({
        index,
        kind: 'text',
        ratio: text,
        needed: TEXT_CONTRAST,
        message: `Text on a ${name} highlight is ${shown(text)}; it needs ${TEXT_CONTRAST}:1. Choose a lighter colour.`,
      });
    const line = contrastRatio(v.color, background);
    if (line < GRAPHIC_CONTRAST)
      problems.push({
        index,
        kind: 'highlight',
        ratio: line,
        needed: GRAPHIC_CONTRAST,
        message: `${name} is ${shown(line)} against the page; a highlight needs ${GRAPHIC_CONTRAST}:1. Choose a darker colour.`,
      });
  });
  return problems;
}
