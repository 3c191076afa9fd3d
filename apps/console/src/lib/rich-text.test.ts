import { describe, expect, it } from 'vitest';
import { semanticTags } from './rich-text.js';

describe('semanticTags', () => {
  it('turns b and i into strong and em', () => {
    expect(semanticTags('<p><b>加粗</b> 与 <i class="x">斜体</i></p>')).toBe(
      '<p><strong>加粗</strong> 与 <em class="x">斜体</em></p>',
    );
  });

  it('leaves other tags starting with b or i alone', () => {
    const html = '<blockquote>引</blockquote><br><img src="/files/1?inline=1" alt=""><i>';
    expect(semanticTags(html)).toBe('<blockquote>引</blockquote><br><img src="/files/1?inline=1" alt=""><em>');
  });
});
