import { describe, expect, it } from 'vitest';
import { checkLength, checkLengths, maskCaller } from './limits.js';

describe('length limits', () => {
  it('refuses missing and over-long values with Chinese messages', () => {
    expect(checkLength('title', '关于路灯的建议')).toBeNull();
    expect(checkLength('title', '字'.repeat(101))).toBe('标题不能超过100个字（现有101个字）');
    expect(checkLength('comment', '𠀀'.repeat(3000))).toBeNull(); // counted in characters, not UTF-16 units
    expect(checkLength('contact', '  ')).toBe('请填写联系方式');
    expect(checkLength('name', '')).toBeNull();
    expect(checkLengths({ name: '名'.repeat(51), content: '', title: '标题' })).toEqual({
      name: '姓名不能超过50个字（现有51个字）',
      content: '请填写内容',
    });
  });
});

describe('maskCaller', () => {
  it('masks the caller for the hotline log', () => {
    expect(maskCaller('13812341234')).toBe('138****1234');
    expect(maskCaller('+86 138-1234-1234')).toBe('138****1234');
    expect(maskCaller('0591-83301234')).toBe('059*****1234');
    expect(maskCaller('12345')).toBe('***45');
    expect(maskCaller('')).toBe('未显示号码');
    expect(maskCaller(null)).toBe('未显示号码');
  });
});
