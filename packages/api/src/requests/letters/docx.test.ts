import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { renderLetter } from './docx.js';
import { LETTER_KINDS, type LetterKind, type LetterValues } from './kinds.js';

const VALUES: LetterValues = {
  申请人: '张三',
  查询号: 'YS20260302001',
  申请日期: '2026年3月1日',
  收到日期: '2026年3月2日',
  申请内容: '棉洋镇2025年农村道路建设项目的招标文件',
  补正事项: '1.请说明所需信息的名称或文号；\n2.请说明所需信息的形成时间。',
  补正期限: '2026年3月23日',
  第三方: '梅州市某某建设有限公司',
  延期天数: '20',
  延期理由: '申请公开的信息数量较多，需要检索、汇总',
  答复期限: '2026年4月28日',
  收费方式: '按件计收',
  收费金额: '100',
  缴费期限: '2026年4月1日',
  答复结果: '予以公开',
  法律依据: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
  答复说明: '您申请获取的信息属于可以公开的政府信息，现予提供。',
  附件清单: '棉洋镇2025年农村道路建设项目招标文件.pdf',
  机关名称: '棉洋镇人民政府',
  落款日期: '二〇二六年三月二十日',
};

/** The text Word shows, one paragraph a line. */
async function textOf(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

const render = (kind: LetterKind, values = VALUES) => renderLetter({ kind, ...DEFAULT_TEMPLATES[kind], values });

describe('renderLetter', () => {
  it.each(LETTER_KINDS)('writes the %s letter as a Word document with every placeholder filled', async (kind) => {
    const bytes = await render(kind);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const text = await textOf(bytes);
    expect(text).toContain(DEFAULT_TEMPLATES[kind].title);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('《中华人民共和国政府信息公开条例》');
    expect(text).toContain('棉洋镇人民政府\n\n二〇二六年三月二十日');
  });

  it('fills each kind with its own particulars', async () => {
    expect(await textOf(await render('receipt'))).toContain('查询号为YS20260302001');
    expect(await textOf(await render('supplement'))).toContain(
      '第三十条的规定，请您（单位）对以下事项作出补正：\n\n1.请说明所需信息的名称或文号；\n\n2.请说明所需信息的形成时间。\n\n请于2026年3月23日前',
    );
    const consultation = await textOf(await render('consultation'));
    expect(consultation.startsWith('政府信息公开征求意见书\n\n梅州市某某建设有限公司：')).toBe(true);
    expect(consultation).not.toContain('张三');
    expect(await textOf(await render('extension'))).toContain(
      '因申请公开的信息数量较多，需要检索、汇总，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款',
    );
    expect(await textOf(await render('fee'))).toContain('收费方式为按件计收，应缴金额为人民币100元');
    const reply = await textOf(await render('reply'));
    expect(reply).toContain('第三十六条');
    expect(reply).toContain('处理结果：予以公开。');
    expect(reply).toContain('60日内向行政复议机关申请行政复议，或者在6个月内向人民法院提起行政诉讼');
    expect(reply).toContain('附件：棉洋镇2025年农村道路建设项目招标文件.pdf');
  });

  it('sets the title in bold and keeps values as plain text', async () => {
    const bytes = await render('reply', { ...VALUES, 答复说明: '<w:p>标记</w:p> & {{申请人}}' });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html.startsWith('<p><strong>政府信息公开申请答复书</strong></p>')).toBe(true);
    expect(await textOf(bytes)).toContain('<w:p>标记</w:p> & {{申请人}}');
  });
});
