import { describe, expect, it } from 'vitest';
import { formatBytes, imageSrc } from './format.js';

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(319_488)).toBe('312 KB');
    expect(formatBytes(4_404_019)).toBe('4.2 MB');
  });
});

describe('imageSrc', () => {
  it('points at the inline file route', () => {
    expect(imageSrc(42)).toBe('/files/42?inline=1');
  });
});
