import { describe, expect, it } from 'vitest';
import {
  checkedIds,
  consultationListFilters,
  draftSource,
  toCreateInput,
  toDefaultsInput,
  toUpdateInput,
} from './consultation-input.js';

const typed = {
  title: ' 关于《棉洋镇农村人居环境整治办法（征求意见稿）》公开征求意见的公告 ',
  explanation: ' 为改善农村人居环境…\n\n起草依据… ',
  howToComment: '在门户网站本页面提交意见建议',
  contact: '镇党政办，电话：0751-1234567',
  openDate: '2026-12-01',
  closeDate: '',
  workingDays: '10',
};

describe('draftSource', () => {
  it('sends the chosen publication or the uploaded file, by the chosen kind', () => {
    expect(draftSource({ sourceKind: 'publication', publicationId: '12', fileId: '40' })).toEqual({
      publicationId: 12,
    });
    expect(draftSource({ sourceKind: 'file', publicationId: '12', fileId: '40' })).toEqual({ fileId: 40 });
  });

  it('sends nothing chosen as absent, for the API to ask for a draft', () => {
    expect(draftSource({ sourceKind: 'publication', publicationId: '' })).toEqual({ publicationId: undefined });
    expect(draftSource({ sourceKind: 'file' })).toEqual({ fileId: undefined });
    expect(draftSource({})).toEqual({ publicationId: undefined });
  });
});

describe('toCreateInput', () => {
  it('trims the texts and leaves a blank closing date to the API', () => {
    expect(toCreateInput({ ...typed, major: '0' }, { publicationId: 12 })).toEqual({
      title: '关于《棉洋镇农村人居环境整治办法（征求意见稿）》公开征求意见的公告',
      explanation: '为改善农村人居环境…\n\n起草依据…',
      howToComment: '在门户网站本页面提交意见建议',
      contact: '镇党政办，电话：0751-1234567',
      openDate: '2026-12-01',
      closeDate: undefined,
      major: false,
      workingDays: 10,
      source: { publicationId: 12 },
    });
  });

  it('reads the ticked major box (its hidden "0" comes after it) and a typed closing date', () => {
    const input = toCreateInput({ ...typed, major: '1', closeDate: '2027-01-05', workingDays: '' }, { fileId: 3 });
    expect(input).toMatchObject({ major: true, closeDate: '2027-01-05', workingDays: undefined });
  });
});

describe('toDefaultsInput and toUpdateInput', () => {
  it('passes garbage in the working days on as NaN for the API to refuse', () => {
    expect(toDefaultsInput({ openDate: '2026-12-01', major: '0', workingDays: '七' })).toEqual({
      openDate: '2026-12-01',
      major: false,
      workingDays: Number.NaN,
    });
  });

  it('sends the closing date as typed when editing', () => {
    expect(toUpdateInput(5, { ...typed, closeDate: ' 2026-12-12 ', major: '1' })).toMatchObject({
      id: 5,
      openDate: '2026-12-01',
      closeDate: '2026-12-12',
      major: true,
    });
  });
});

describe('consultationListFilters', () => {
  it('reads the phase and page, dropping unknown values', () => {
    expect(consultationListFilters(new URLSearchParams('phase=closed&page=2'))).toEqual({ phase: 'closed', page: 2 });
    expect(consultationListFilters(new URLSearchParams('phase=archived&page=x'))).toEqual({
      phase: undefined,
      page: 1,
    });
  });
});

describe('checkedIds', () => {
  it('keeps the ticked ids and drops anything else', () => {
    const form = new FormData();
    for (const v of ['3', '8', '', 'x', '0']) form.append('commentIds', v);
    form.append('other', '9');
    expect(checkedIds(form, 'commentIds')).toEqual([3, 8]);
  });
});
