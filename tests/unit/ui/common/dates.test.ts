import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { showDate, showDateTime } from '../../../../src/ui/common/dates';

const UI = new URL('../../../../src/ui/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('dates in the UI', () => {
  it('are shown in one format, the reviewer’s locale, by one module', () => {
    const elsewhere = files(UI)
      .filter(f => !f.endsWith(`common${path.sep}dates.ts`))
      .filter(f => /toLocale(Date|Time)?String\((?!'en'\))|dateStyle/.test(readFileSync(f, 'utf8')))
      .map(f => path.relative(UI, f));
    expect(elsewhere).toEqual([]);
  });

  it('shows a date, and a date with its time, alike', () => {
    const iso = '2026-12-06T09:40:00.000Z';
    const date = new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
    expect(showDate(iso)).toBe(date);
    expect(showDateTime(iso)?.startsWith(date)).toBe(true);
    expect(showDate('not a date')).toBeNull();
    expect(showDate(undefined)).toBeNull();
  });
});
