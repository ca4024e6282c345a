import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime } from '../../../src/model/iso-dates';

describe('isIsoDate', () => {
  it('takes only days the calendar has, leap days included', () => {
    expect(['2024-02-29', '2000-02-29', '2026-01-31', '2026-12-31'].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10'].map(isIsoDate),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('isIsoDateTime', () => {
  it('takes a date and time with seconds and an offset, within their ranges', () => {
    expect(isIsoDateTime('2026-11-25T12:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2024-02-29T23:59:59+09:00')).toBe(true);
    expect(isIsoDateTime('2026-11-25T24:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-11-25T12:60:00Z')).toBe(false);
    expect(isIsoDateTime('2026-11-25T12:00:60Z')).toBe(false);
    expect(isIsoDateTime('2026-11-25T12:00:00+24:00')).toBe(false);
    expect(isIsoDateTime('2023-02-29T12:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-11-25T12:00Z')).toBe(false);
  });
});
