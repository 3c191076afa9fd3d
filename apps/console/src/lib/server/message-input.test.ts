import { describe, expect, it } from 'vitest';
import { chosenId, messageListFilters, toReplyInput } from './message-input.js';

describe('messageListFilters', () => {
  it('reads every filter from the URL', () => {
    const p = new URLSearchParams('view=answered&due=overdue&mine=1&type=%E6%8A%95%E8%AF%89&q=%20MY-1%20&page=2');
    expect(messageListFilters(p)).toEqual({
      view: 'answered',
      due: 'overdue',
      mine: true,
      type: '投诉',
      q: 'MY-1',
      page: 2,
    });
  });

  it('falls back to the open inbox and drops unknown values', () => {
    const p = new URLSearchParams('view=x&due=later&mine=yes&type=%E9%97%B2%E8%81%8A&q=&page=0');
    expect(messageListFilters(p)).toEqual({
      view: 'open',
      due: undefined,
      mine: false,
      type: undefined,
      q: undefined,
      page: 1,
    });
  });
});

describe('message forms', () => {
  it('sends a blank choice as 0 for the API to refuse', () => {
    expect(chosenId('7')).toBe(7);
    expect(chosenId('')).toBe(0);
    expect(chosenId(undefined)).toBe(0);
  });

  it('reads the reply and its publish checkbox', () => {
    expect(toReplyInput(3, { text: ' 已答复 ', publish: '1' })).toEqual({ id: 3, text: '已答复', publish: true });
    expect(toReplyInput(3, { text: '已答复' })).toEqual({ id: 3, text: '已答复', publish: false });
  });
});
