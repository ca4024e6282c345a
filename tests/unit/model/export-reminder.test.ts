import { describe, expect, it } from 'vitest';
import { shouldRemindToExport, unexportedSince } from '../../../src/model/export-reminder';
import type { Annotation } from '../../../src/model/types';

const at = (updatedAt: string) => ({ updatedAt }) as Annotation;
const DAY = 24 * 60 * 60 * 1000;

describe('unexportedSince', () => {
  const notes = [
    at('2026-11-10T09:00:00.000Z'),
    at('2026-11-03T09:00:00.000Z'),
    at('2026-11-20T09:00:00.000Z'),
  ];

  it('is the oldest change when nothing was ever exported', () => {
    expect(unexportedSince(notes, undefined)).toBe('2026-11-03T09:00:00.000Z');
  });

  it('is the oldest change after the last export', () => {
    expect(unexportedSince(notes, '2026-11-05T00:00:00.000Z')).toBe('2026-11-10T09:00:00.000Z');
  });

  it('is null when every change is in an export', () => {
    expect(unexportedSince(notes, '2026-11-21T00:00:00.000Z')).toBeNull();
    expect(unexportedSince([], undefined)).toBeNull();
  });
});

describe('shouldRemindToExport', () => {
  const since = '2026-11-10T09:00:00.000Z';
  it('reminds after seven days, not before', () => {
    expect(shouldRemindToExport(since, Date.parse(since) + 7 * DAY - 1)).toBe(false);
    expect(shouldRemindToExport(since, Date.parse(since) + 7 * DAY)).toBe(true);
    expect(shouldRemindToExport(null, Date.parse(since) + 30 * DAY)).toBe(false);
  });
});
