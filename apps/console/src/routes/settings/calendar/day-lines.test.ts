import { describe, expect, it } from 'vitest';
import { apiLineErrors, parseDayLines, toDayLines } from './day-lines';

describe('parseDayLines', () => {
  it('reads single days and runs, skipping blank lines', () => {
    const parsed = parseDayLines('2027-1-1 元旦\n\n  2027-02-06至2027-02-08　春节\r\n2027-02-14~2027-02-14 春节');
    expect(parsed.errors).toEqual([]);
    expect(parsed.days).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-02-14', name: '春节' },
    ]);
    expect(parsed.lineOf).toEqual([1, 3, 3, 3, 4]);
  });

  it('leaves a missing name to the API', () => {
    expect(parseDayLines('2027-01-01').days).toEqual([{ date: '2027-01-01', name: '' }]);
  });

  it('reports faulty lines in Chinese, by line number', () => {
    const text = [
      '元旦 2027-01-01',
      '2027-02-30 春节',
      '2027-02-12至2027-02-06 春节',
      '2027-01-01至2027-03-01 寒假',
      '2027-01-012',
    ];
    expect(parseDayLines(text.join('\n')).errors).toEqual([
      '第1行：格式应为“2027-01-01 元旦”或“2027-02-06至2027-02-12 春节”',
      '第2行：2027-02-30不是有效日期',
      '第3行：结束日期早于开始日期',
      '第4行：一行的日期范围不能超过31天',
      '第5行：格式应为“2027-01-01 元旦”或“2027-02-06至2027-02-12 春节”',
    ]);
  });
});

describe('apiLineErrors', () => {
  it("traces the API's errors of a list back to the lines, first per line", () => {
    const lineOf = [1, 3, 3, 4];
    const fieldErrors = {
      'holidays.2.date': '2027-02-07重复填写',
      'holidays.1.name': '名称不能为空',
      'holidays.0.date': '2028-01-01不在2027年内',
      'workingWeekends.0.date': '不是周末',
      source: '通知名称或文号不能为空',
    };
    expect(apiLineErrors(fieldErrors, 'holidays', lineOf)).toEqual([
      '第1行：2028-01-01不在2027年内',
      '第3行：2027-02-07重复填写',
    ]);
    expect(apiLineErrors({ holidays: '请至少填写一个放假日期' }, 'holidays', [])).toEqual(['请至少填写一个放假日期']);
  });
});

describe('toDayLines', () => {
  it('writes runs of the same name as one line, and reads back the same days', () => {
    const days = [
      { date: '2026-02-16', name: '春节' },
      { date: '2026-01-01', name: '元旦' },
      { date: '2026-02-15', name: '春节' },
      { date: '2026-02-17', name: '春节' },
      { date: '2026-02-18', name: '除夕' },
    ];
    const text = toDayLines(days);
    expect(text).toBe('2026-01-01 元旦\n2026-02-15至2026-02-17 春节\n2026-02-18 除夕');
    expect(parseDayLines(text).days).toEqual([...days].sort((a, b) => (a.date < b.date ? -1 : 1)));
  });
});
