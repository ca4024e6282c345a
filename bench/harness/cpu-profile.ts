import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Starts Chromium's CPU profiler in `page` (CDP `Profiler`), when the
 * environment names a folder in BENCH_CPU_PROFILE; the returned function
 * stops it and writes `<name>.cpuprofile` there (DevTools opens it). Does
 * nothing otherwise: a profiled run is for finding where time goes, never a
 * figure.
 */
export async function cpuProfile(page: Page, name: string): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return async () => {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}
