import { describe, expect, it } from 'vitest';
import { statusTone, validityTone } from './tones.js';

describe('tones', () => {
  it('maps workflow statuses', () => {
    expect(statusTone('published')).toBe('ok');
    expect(statusTone('returned')).toBe('warn');
    expect(statusTone('withdrawn')).toBe('danger');
    expect(statusTone('something-new')).toBe('neutral');
  });

  it('maps 有效性 labels', () => {
    expect(validityTone('有效')).toBe('ok');
    expect(validityTone('已修改')).toBe('warn');
    expect(validityTone('已废止')).toBe('danger');
    expect(validityTone('失效')).toBe('neutral');
  });
});
