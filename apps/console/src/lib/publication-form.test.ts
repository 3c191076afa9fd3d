import { describe, expect, it } from 'vitest';
import { readPublicationForm, toPublicationInput } from './publication-form.js';

function formData(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('publication form', () => {
  const filled = formData([
    ['title', '  关于开展2015年度信息公开工作的通知 '],
    ['summary', '概述'],
    ['writtenDate', '2015-03-02'],
    ['issuingBody', '棉洋镇人民政府'],
    ['docNumber', '棉府〔2015〕3号'],
    ['topic', '综合政务'],
    ['genre', '通知'],
    ['validity', '有效'],
    ['disclosureMode', '主动公开'],
    ['timeLimit', '长期公开'],
    ['categoryId', '4'],
    ['columnIds', '1'],
    ['columnIds', '5'],
    ['columnIds', 'x'],
    ['isNormative', 'on'],
    ['interpretsId', ''],
    ['bodyHtml', '<p>正文</p>'],
  ]);

  it('reads every field, trims text, collects the checked columns', () => {
    const v = readPublicationForm(filled);
    expect(v.title).toBe('关于开展2015年度信息公开工作的通知');
    expect(v.columnIds).toEqual([1, 5]);
    expect(v.isNormative).toBe(true);
    expect(v.bodyHtml).toBe('<p>正文</p>');
  });

  it('builds the API input with ids as numbers and cleared values as null', () => {
    const input = toPublicationInput(readPublicationForm(filled));
    expect(input).toMatchObject({
      categoryId: 4,
      columnIds: [1, 5],
      isNormative: true,
      interpretsId: null,
      writtenDate: '2015-03-02',
    });
  });

  it('treats a missing checkbox as false and an empty form as blanks', () => {
    const v = readPublicationForm(new FormData());
    expect(v.isNormative).toBe(false);
    expect(v.columnIds).toEqual([]);
    expect(toPublicationInput(v)).toMatchObject({ categoryId: null, writtenDate: null, validity: undefined });
  });
});
