import { describe, expect, it } from 'vitest';
import { formatShanghai, isoToShanghaiLocal, shanghaiLocalToIso } from './shanghai-time.js';

describe('shanghaiLocalToIso', () => {
  it('reads datetime-local values as Shanghai time', () => {
    expect(shanghaiLocalToIso('2026-03-01T09:30')).toBe('2026-03-01T01:30:00.000Z');
    expect(shanghaiLocalToIso('2026-03-01T09:30:15')).toBe('2026-03-01T01:30:15.000Z');
  });

  it('crosses the date line back to the previous UTC day', () => {
    expect(shanghaiLocalToIso('2026-01-01T07:59')).toBe('2025-12-31T23:59:00.000Z');
  });

  it('refuses malformed and impossible values', () => {
    for (const bad of ['', '2026-03-01', '2026-02-30T10:00', '2026-13-01T10:00', '2026-03-01T24:00', 'tomorrow']) {
      expect(shanghaiLocalToIso(bad)).toBeNull();
    }
  });
});

describe('isoToShanghaiLocal', () => {
  it('formats an instant as Shanghai wall-clock time', () => {
    expect(isoToShanghaiLocal('2025-12-31T23:59:00.000Z')).toBe('2026-01-01T07:59');
  });

  it('round-trips through shanghaiLocalToIso', () => {
    for (const local of ['2026-03-01T09:30', '2024-02-29T00:00', '2026-12-31T23:59']) {
      expect(isoToShanghaiLocal(shanghaiLocalToIso(local))).toBe(local);
    }
  });

  it('returns an empty string for missing or invalid input', () => {
    expect(isoToShanghaiLocal(null)).toBe('');
    expect(isoToShanghaiLocal('not a date')).toBe('');
  });
});

describe('formatShanghai', () => {
  it('shows instants as date and minute, legal days unchanged', () => {
    expect(formatShanghai('2026-05-01T02:05:00Z')).toBe('2026-05-01 10:05');
    expect(formatShanghai('2015-10-08')).toBe('2015-10-08');
    expect(formatShanghai(null)).toBe('');
  });
});
