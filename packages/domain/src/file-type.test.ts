import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, fileExtension, IMAGE_MAX_BYTES, maxBytesFor, sniffFileType } from './file-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** A zip local file header for one stored entry (sizes deferred, as streaming writers do). */
function zipEntry(name: string): number[] {
  const n = Buffer.from(name);
  const header = [0x50, 0x4b, 0x03, 0x04, 20, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  return [...header, n.length & 0xff, n.length >> 8, 0, 0, ...n, ...Buffer.from('data')];
}
const zip = (...names: string[]) => Uint8Array.from(names.flatMap(zipEntry));

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0];

describe('sniffFileType', () => {
  it.each([
    [bytes('%PDF-1.7\n'), '公告.pdf', 'application/pdf', 'pdf'],
    [
      zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml'),
      '通知.DOCX',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      zip('[Content_Types].xml', 'xl/workbook.xml'),
      '名单.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    ],
    [
      zip('[Content_Types].xml', 'ppt/presentation.xml'),
      '汇报.pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'pptx',
    ],
    [zip('图片/a.jpg'), '打包.zip', 'application/zip', 'zip'],
    [bytes(OLE), '旧文件.doc', 'application/msword', 'doc'],
    [bytes(OLE), '旧表格.xls', 'application/vnd.ms-excel', 'xls'],
    [bytes(OLE), '金山.wps', 'application/msword', 'wps'],
    [bytes(OLE), '金山.et', 'application/vnd.ms-excel', 'et'],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), '照片.JPEG', 'image/jpeg', 'jpg'],
    [bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]), 'a.png', 'image/png', 'png'],
    [bytes('GIF89a'), 'a.gif', 'image/gif', 'gif'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a.webp', 'image/webp', 'webp'],
    [Uint8Array.from(Buffer.from('政府信息公开\n')), '说明.txt', 'text/plain; charset=utf-8', 'txt'],
    [Uint8Array.from(Buffer.from('姓名,金额\n张三,100\n')), '表.csv', 'text/csv; charset=utf-8', 'csv'],
  ])('recognizes case %#', (content, name, mime, ext) => {
    expect(sniffFileType(content, name)).toEqual({ ok: true, mime, ext });
  });

  it('refuses a file whose extension does not match its content', () => {
    expect(sniffFileType(bytes('%PDF-1.4'), '通知.docx')).toEqual({ ok: false, message: '文件类型与扩展名不符' });
    expect(sniffFileType(zip('word/document.xml'), '通知.zip')).toEqual({ ok: false, message: '文件类型与扩展名不符' });
    expect(sniffFileType(bytes('<html>'), 'a.png')).toEqual({ ok: false, message: '文件类型与扩展名不符' });
  });

  it('refuses unsupported types, missing extensions, empty files and non-UTF-8 text', () => {
    expect(sniffFileType(bytes('MZ', [0x90, 0]), 'setup.exe')).toEqual({ ok: false, message: '不支持的文件类型' });
    expect(sniffFileType(bytes('MZ', [0x90, 0]), 'setup.pdf')).toEqual({ ok: false, message: '不支持的文件类型' });
    expect(sniffFileType(bytes('%PDF'), 'README')).toEqual({ ok: false, message: '文件名缺少扩展名' });
    expect(sniffFileType(new Uint8Array(), 'a.txt')).toEqual({ ok: false, message: '文件为空' });
    const gbk = Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae]); // 政府 in GBK
    expect(sniffFileType(gbk, 'a.txt')).toEqual({ ok: false, message: '文本文件须使用UTF-8编码' });
  });

  it('reads extensions case-insensitively and resolves aliases', () => {
    expect(fileExtension('C:\\docs\\照片.JPEG')).toBe('jpg');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('a.')).toBe('');
  });

  it('limits images to 10 MB and other attachments to 50 MB', () => {
    expect(maxBytesFor('png')).toBe(IMAGE_MAX_BYTES);
    expect(maxBytesFor('pdf')).toBe(ATTACHMENT_MAX_BYTES);
    expect(ATTACHMENT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });
});
