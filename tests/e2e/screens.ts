import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';

/** The three window sizes every changed screen is looked at in (issue 20). */
export const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 800, height: 900 },
] as const;

/** The narrowest window looked at, a phone's (the sidebar is a panel there, as at 800 px). */
export const NARROWEST = { width: 360, height: 740 } as const;

/**
 * Shows the page as it is at `size`: a screenshot
 * (`test-results/screenshots/<name>-<width>.png`, to be looked at), axe-core
 * finding no violation, and nothing scrolling sideways.
 */
export async function atSize(
  page: Page,
  name: string,
  size: { width: number; height: number },
): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}.png` });
  expect(await axeViolations(page), `${name} at ${size.width}px`).toEqual([]);
}

/** `atSize` at each of the three sizes; ends at 1280×800. */
export async function atThreeWidths(page: Page, name: string): Promise<void> {
  for (const size of WIDTHS) await atSize(page, name, size);
  await page.setViewportSize(WIDTHS[0]);
}
