import { describe, expect, it } from 'vitest';
import { replaceInHtmlText, sanitizeBody } from './html.js';

describe('sanitizeBody', () => {
  it('keeps document structure and alignment', () => {
    const html =
      '<h2 style="text-align:center;color:red">标题</h2><p>正文<strong>加粗</strong></p><table><tbody><tr><td colspan="2">格</td></tr></tbody></table>';
    expect(sanitizeBody(html)).toBe(
      '<h2 style="text-align:center">标题</h2><p>正文<strong>加粗</strong></p><table><tbody><tr><td colspan="2">格</td></tr></tbody></table>',
    );
  });

  it('drops scripts, styles, event handlers and dangerous links', () => {
    const html =
      '<p onclick="steal()">文字</p><script>alert(1)</script><style>p{}</style><a href="javascript:alert(1)">链接</a><a href="https://example.gov.cn/x">官网</a><a href="mailto:gk@example.gov.cn">邮件</a><a href="/gk/a/1">站内</a>';
    expect(sanitizeBody(html)).toBe(
      '<p>文字</p><a>链接</a><a href="https://example.gov.cn/x">官网</a><a href="mailto:gk@example.gov.cn">邮件</a><a href="/gk/a/1">站内</a>',
    );
  });

  it('allows images only from /files/ or https', () => {
    expect(sanitizeBody('<img src="/files/12" alt="图">')).toBe('<img src="/files/12" alt="图" />');
    expect(sanitizeBody('<img src="https://example.gov.cn/a.png">')).toBe('<img src="https://example.gov.cn/a.png" />');
    expect(
      sanitizeBody('<img src="http://evil.test/a.png"><img src="data:image/png;base64,AAAA"><img src="/other/1">'),
    ).toBe('');
  });

  it('keeps text of unknown tags but not the tags', () => {
    expect(sanitizeBody('<font color="red">红字</font><iframe src="x"></iframe>')).toBe('红字');
  });
});

describe('replaceInHtmlText', () => {
  it('replaces in text only, never inside tags', () => {
    const html = '<a href="/q?id=13800138000">13800138000</a><p>13800138000</p>';
    expect(replaceInHtmlText(html, '13800138000', '138****8000')).toBe(
      '<a href="/q?id=13800138000">138****8000</a><p>138****8000</p>',
    );
  });
});
