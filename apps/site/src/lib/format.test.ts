import { describe, expect, it } from 'vitest';
import { fileKind, formatBytes } from './format.js';

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

describe('fileKind', () => {
  it('names common document types', () => {
    expect(fileKind('application/pdf')).toBe('PDF');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word');
    expect(fileKind('application/x-unknown')).toBe('文件');
  });
});
