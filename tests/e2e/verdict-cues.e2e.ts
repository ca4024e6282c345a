import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate } from './reviewer';

/** How each sample of the legend is drawn, as Chromium computed it. */
function legendCues(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.legend li')].map(li => {
      const swatch = li.querySelector('.swatch') as Element;
      const s = getComputedStyle(swatch);
      return {
        label: li.textContent?.replace('Ab', '') ?? '',
        line: s.textDecorationLine,
        emphasis: s.textEmphasisStyle === 'none' ? null : s.textEmphasisPosition,
        // colour left out on purpose: the cue must hold without it
        cue: [
          s.textDecorationLine,
          s.textDecorationStyle,
          s.textDecorationThickness,
          s.textEmphasisStyle,
          s.textEmphasisPosition,
        ].join(' '),
      };
    }),
  );
}

describe('verdicts in the text', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('draws every verdict and kind with a cue of its own, below its words, apart without colour', async () => {
    const cues = await legendCues(page);
    expect(cues.length).toBe(10); // seven verdicts, no verdict yet, correction, comment
    for (const { label, line } of cues) expect(line, label).not.toContain('overline');
    expect(new Set(cues.map(c => c.cue)).size, JSON.stringify(cues, null, 1)).toBe(cues.length);
    // marks under the letters, never over them (where they would sit under the line above)
    for (const { label, emphasis } of cues) if (emphasis) expect(emphasis, label).toMatch(/^under/);
  });

  it('never lets a suggestion’s underline cross a verdict’s', async () => {
    // a few words from the middle of an underlined sentence: the annotation sits inside it
    const sentence = page.locator('.ProseMirror .fm-suggestion').first();
    await sentence.waitFor();
    const words = ((await sentence.textContent()) ?? '').split(' ');
    const inside = words.slice(2, 6).join(' ');
    await annotate(page, inside, { verdict: 'Mixed / needs context' });
    const crossing = await page.evaluate(() => {
      const found: string[] = [];
      const opaque = (c: string) => !/rgba|\/|transparent/.test(c) || /,\s*1\)$/.test(c);
      for (const hl of document.querySelectorAll<HTMLElement>('.ProseMirror .fm-hl')) {
        // a suggestion inside the highlight draws no line there
        for (const s of hl.querySelectorAll('.fm-suggestion')) {
          const st = getComputedStyle(s);
          if (st.textDecorationLine !== 'none' || st.backgroundImage !== 'none')
            found.push(`a suggestion inside draws ${st.textDecorationLine} ${st.backgroundImage}`);
        }
        // a suggestion around it: its line (not a text decoration, which would run through the
        // highlight) is hidden behind the highlight's solid background
        const around = hl.parentElement?.closest('.fm-suggestion');
        if (around) {
          const st = getComputedStyle(around);
          if (st.textDecorationLine !== 'none')
            found.push(`the suggestion around draws ${st.textDecorationLine} through it`);
          const bg = getComputedStyle(hl).backgroundColor;
          if (!opaque(bg)) found.push(`the highlight's background ${bg} lets the line through`);
        }
      }
      return found;
    });
    expect(
      await page
        .locator('.ProseMirror .fm-suggestion .fm-hl, .ProseMirror .fm-hl .fm-suggestion')
        .count(),
    ).toBeGreaterThan(0);
    expect(crossing).toEqual([]);
  });
});
