import { describe, expect, it } from 'vitest';
import { letterParagraphs } from './layout.js';

describe('letterParagraphs', () => {
  it('sets the salutation, body and signature from the template as written', () => {
    const body = '　{{申请人}}：\n  第一段。\n\n第二段{{补正事项}}。\n\n{{机关名称}}\n{{落款日期}}\n';
    expect(
      letterParagraphs(body, {
        申请人: '张三',
        补正事项: '一\n\n二',
        机关名称: '棉洋镇人民政府',
        落款日期: '2026年3月2日',
      }),
    ).toEqual([
      { role: 'salutation', text: '张三：' },
      { role: 'body', text: '第一段。' },
      { role: 'body', text: '第二段一' },
      { role: 'body', text: '二。' },
      { role: 'signature', text: '棉洋镇人民政府' },
      { role: 'signature', text: '2026年3月2日' },
    ]);
  });

  it('has no signature without a blank line, and drops lines that fill to nothing', () => {
    expect(letterParagraphs('第一段。\n{{答复说明}}\n第二段：', { 答复说明: '' })).toEqual([
      { role: 'body', text: '第一段。' },
      { role: 'body', text: '第二段：' },
    ]);
  });
});
