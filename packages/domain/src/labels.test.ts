import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_COLUMNS, GENRES, isOneOf, TOPICS, VALIDITIES } from './labels.js';

describe('labels', () => {
  it('has the official lists without duplicates', () => {
    for (const list of [TOPICS, GENRES, DEFAULT_CATEGORIES, VALIDITIES]) {
      expect(new Set(list).size).toBe(list.length);
    }
    expect(TOPICS).toHaveLength(21);
    expect(DEFAULT_CATEGORIES).toHaveLength(8);
    expect(new Set(DEFAULT_COLUMNS.map((c) => c.slug)).size).toBe(DEFAULT_COLUMNS.length);
  });

  it('isOneOf narrows stored strings to a label type', () => {
    expect(isOneOf(VALIDITIES, '已废止')).toBe(true);
    expect(isOneOf(VALIDITIES, '作废')).toBe(false);
    expect(isOneOf(VALIDITIES, 1)).toBe(false);
  });
});
