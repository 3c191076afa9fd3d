import { describe, expect, it } from 'vitest';
import { mainNav } from './nav.js';

const columns = [
  { slug: 'zwdt', name: '政务动态' },
  { slug: 'gsgg', name: '公示公告' },
];

describe('mainNav', () => {
  it('shows only the columns that exist', () => {
    expect(mainNav(columns, '/').map((i) => i.label)).toEqual([
      '首页',
      '政府信息公开',
      '政务动态',
      '公示公告',
      '征求意见',
      '互动交流',
      '热线电话',
      '站内搜索',
    ]);
  });

  it('marks the section of the current page', () => {
    const current = mainNav(columns, '/gk/mianyang/catalog').filter((i) => i.current);
    expect(current.map((i) => i.label)).toEqual(['政府信息公开']);
    expect(mainNav(columns, '/').find((i) => i.current)?.label).toBe('首页');
    expect(mainNav(columns, '/info/3').some((i) => i.current)).toBe(false);
  });

  it('links the 依申请公开 desk of the primary organization and marks it on its pages', () => {
    const nav = mainNav(columns, '/gk/mianyang/ysqgk/track', 'mianyang');
    expect(nav[2]).toMatchObject({ href: '/gk/mianyang/ysqgk', label: '依申请公开', current: true });
    expect(nav.filter((i) => i.current)).toHaveLength(1);
  });

  it('marks 互动交流 on its pages and 热线电话 on the hotline page only', () => {
    const current = (path: string) => mainNav(columns, path, 'mianyang').filter((i) => i.current);
    expect(current('/hdjl/write')).toEqual([{ href: '/hdjl', label: '互动交流', current: true }]);
    expect(current('/hdjl').map((i) => i.label)).toEqual(['互动交流']);
    expect(current('/hdjl/hotline').map((i) => i.label)).toEqual(['热线电话']);
    expect(current('/zjyj/3/done').map((i) => i.label)).toEqual(['征求意见']);
    expect(current('/hdjlx').map((i) => i.label)).toEqual([]);
  });
});
