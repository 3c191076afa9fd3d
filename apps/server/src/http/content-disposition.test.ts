import { describe, expect, it } from 'vitest';
import { asciiFallback, contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('sends the Chinese name in filename* and an ASCII fallback', () => {
    expect(contentDisposition('attachment', '棉洋镇2015年政府信息公开工作年度报告.pdf')).toBe(
      'attachment; filename="2015.pdf"; ' +
        "filename*=UTF-8''%E6%A3%89%E6%B4%8B%E9%95%872015%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf",
    );
  });

  it('never lets quotes, slashes or control characters into the fallback', () => {
    expect(asciiFallback('a"b\\c/d;e\r\n.txt')).toBe('a_b_c_d_e.txt');
    expect(asciiFallback('通知.docx')).toBe('download.docx');
    expect(asciiFallback('说明')).toBe('download');
    expect(contentDisposition('inline', "it's (1).png")).toContain("filename*=UTF-8''it%27s%20%281%29.png");
  });
});
