import { describe, expect, it } from 'vitest';
import { caseListFilters, formFiles, optionalDate, optionalNumber, toRegisterInput } from './requests-input.js';

const common = {
  channel: 'letter',
  receivedOn: ' 2026-03-02 ',
  description: ' 2025年本镇道路维修项目的招标文件 ',
  docNumberHint: '',
  purpose: '',
  deliveryForm: 'paper',
  deliveryChannel: 'post',
};

describe('toRegisterInput', () => {
  it('sends the person part for a natural person, trimmed', () => {
    const input = toRegisterInput({
      ...common,
      applicantCategory: '自然人',
      'person.name': ' 张三 ',
      'person.idType': 'resident_id',
      'person.idNumber': '11010519491231002X',
      'person.phone': '13800138000',
      'person.address': '棉洋镇人民路1号',
      'organization.name': '不应发送',
    });
    expect(input).toEqual({
      channel: 'letter',
      receivedOn: '2026-03-02',
      applicantCategory: '自然人',
      person: {
        name: '张三',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        phone: '13800138000',
        address: '棉洋镇人民路1号',
        email: '',
      },
      description: '2025年本镇道路维修项目的招标文件',
      docNumberHint: '',
      purpose: '',
      deliveryForm: 'paper',
      deliveryChannel: 'post',
    });
  });

  it('sends the organization part for any other category', () => {
    const input = toRegisterInput({
      ...common,
      applicantCategory: '法律服务机构',
      'organization.name': '某律师事务所',
      'organization.creditCode': '91350100M000100Y43',
      'person.name': '不应发送',
    });
    expect(input.person).toBeUndefined();
    expect(input.organization).toMatchObject({ name: '某律师事务所', creditCode: '91350100M000100Y43', email: '' });
  });

  it('sends neither part without a category, for the API to ask for one', () => {
    const input = toRegisterInput({ ...common });
    expect(input.applicantCategory).toBe('');
    expect(input.person).toBeUndefined();
    expect(input.organization).toBeUndefined();
  });
});

describe('typed numbers and dates', () => {
  it('reads blank as absent and garbage as NaN', () => {
    expect(optionalNumber(' 15 ')).toBe(15);
    expect(optionalNumber('')).toBeUndefined();
    expect(optionalNumber(undefined)).toBeUndefined();
    expect(optionalNumber('1.5')).toBeNaN();
    expect(optionalDate(' ')).toBeNull();
    expect(optionalDate('2026-03-02')).toBe('2026-03-02');
  });
});

describe('caseListFilters', () => {
  it('reads the filters of the list form', () => {
    const params = new URLSearchParams('view=all&due=overdue&mine=1&channel=letter&q=%20道路%20&page=3');
    expect(caseListFilters(params)).toEqual({
      view: 'all',
      due: 'overdue',
      mine: true,
      channel: 'letter',
      q: '道路',
      page: 3,
    });
  });

  it('falls back to open cases and drops unknown values', () => {
    const params = new URLSearchParams('view=everything&due=later&mine=yes&channel=pigeon&page=0');
    expect(caseListFilters(params)).toEqual({
      view: 'open',
      due: undefined,
      mine: false,
      channel: undefined,
      q: undefined,
      page: 1,
    });
  });
});

describe('formFiles', () => {
  it('keeps the chosen files and drops the empty entry of an untouched field', () => {
    const form = new FormData();
    form.append('released', new File(['%PDF-1.4'], '答复附件.pdf'));
    form.append('released', new File([], ''));
    form.append('released', 'text');
    expect(formFiles(form, 'released').map((f) => f.name)).toEqual(['答复附件.pdf']);
  });
});
