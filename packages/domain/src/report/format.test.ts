import { describe, expect, it } from 'vitest';
import { HISTORICAL_FORMAT_NOTE, isPublishableFormat, reportFormatFor, reportTitle } from './format.js';

describe('report format by year', () => {
  it('uses the 2021 format from 2021, the 2019 trial format for 2019–2020, the free-form one before', () => {
    expect([2007, 2015, 2018, 2019, 2020, 2021, 2026].map(reportFormatFor)).toEqual([
      '2007', '2007', '2007', '2019', '2019', '2021', '2021',
    ]); // prettier-ignore
  });

  it('never publishes a regenerated pre-2019 report', () => {
    expect(isPublishableFormat('2007')).toBe(false);
    expect(isPublishableFormat('2019')).toBe(true);
    expect(isPublishableFormat('2021')).toBe(true);
    expect(HISTORICAL_FORMAT_NOTE).toMatch(/对照/);
  });

  it('titles the report after the organization and year', () => {
    expect(reportTitle('棉洋镇人民政府', 2015)).toBe('棉洋镇人民政府2015年政府信息公开工作年度报告');
  });
});
