import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { BLANK, fillTemplate, unknownPlaceholders } from './fill.js';
import { LETTER_KINDS, placeholdersFor } from './kinds.js';

describe('fillTemplate', () => {
  it('replaces known placeholders, spaces inside the braces allowed', () => {
    expect(fillTemplate('{{申请人}}：您的查询号为{{ 查询号 }}。', { 申请人: '张三', 查询号: 'YS2026-0001' })).toBe(
      '张三：您的查询号为YS2026-0001。',
    );
  });

  it('leaves unknown placeholders and puts a blank line where a value is missing', () => {
    expect(fillTemplate('{{申请人}}，{{不存在}}，{{收到日期}}', { 申请人: '李四' })).toBe(`李四，{{不存在}}，${BLANK}`);
  });

  it('never reads a value as a template or markup', () => {
    const text = fillTemplate('申请内容：{{申请内容}}；{{申请人}}', {
      申请内容: '{{申请人}} <b>&amp;</b> $& $1',
      申请人: '王五',
    });
    expect(text).toBe('申请内容：{{申请人}} <b>&amp;</b> $& $1；王五');
  });
});

describe('unknownPlaceholders', () => {
  it('names the placeholders a kind may not use, each once', () => {
    expect(unknownPlaceholders('receipt', '{{申请人}}{{补正事项}}{{姓名}}{{ 姓名 }}')).toEqual(['补正事项', '姓名']);
    expect(unknownPlaceholders('supplement', '{{补正事项}}{{补正期限}}{{机关名称}}')).toEqual([]);
  });

  it('accepts every default template', () => {
    for (const kind of LETTER_KINDS) {
      const t = DEFAULT_TEMPLATES[kind];
      expect(unknownPlaceholders(kind, t.title + t.body), kind).toEqual([]);
    }
  });

  it('lists labelled placeholders per kind, each used by its default template', () => {
    for (const kind of LETTER_KINDS) {
      const list = placeholdersFor(kind);
      expect(list.every((p) => p.label.length > 0)).toBe(true);
      const own = list.filter((p) => !['申请人', '查询号', '申请日期', '收到日期', '申请内容'].includes(p.key));
      for (const p of own) expect(DEFAULT_TEMPLATES[kind].body, `${kind} ${p.key}`).toContain(`{{${p.key}}}`);
    }
  });
});
