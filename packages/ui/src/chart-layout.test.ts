import type { Chart } from '@gongkai/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barLayout, LABEL_WIDTH, PLOT_WIDTH } from './chart-layout.js';

const chart = (categories: string[], ...series: number[][]): Chart => ({
  id: 'c',
  title: '图',
  unit: '条',
  categories,
  series: series.map((values, i) => ({ name: `系列${i}`, values })),
});

describe('barLayout', () => {
  it('groups one bar per series under each category, scaled to the nice maximum', () => {
    const layout = barLayout(chart(['政务动态', '公示公告'], [713, 78], [400, 0]));
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800']);
    expect(layout.ticks[0]!.x).toBe(LABEL_WIDTH);
    expect(layout.ticks.at(-1)!.x).toBe(LABEL_WIDTH + PLOT_WIDTH);
    const [first, second] = layout.groups;
    expect(first!.bars.map((b) => b.width)).toEqual([(713 / 800) * PLOT_WIDTH, (400 / 800) * PLOT_WIDTH]);
    expect(first!.bars[1]!.y).toBeGreaterThan(first!.bars[0]!.y);
    expect(second!.bars[0]!.y).toBeGreaterThan(first!.bars[1]!.y + first!.bars[1]!.height);
    expect(second!.bars[1]!.width).toBe(0);
    expect(layout.plotBottom).toBeLessThan(layout.height);
  });

  it('shortens long category labels (the table keeps them whole)', () => {
    const layout = barLayout(chart(['（三）不予公开 · 属于国家秘密的信息'], [1]));
    expect(layout.groups[0]!.label).toBe('（三）不予公开 · …');
  });

  it('draws an empty chart and missing values as zero', () => {
    expect(barLayout(chart([], [])).groups).toEqual([]);
    expect(barLayout(chart(['一月'])).groups[0]!.bars).toEqual([]);
    expect(barLayout(chart(['一月', '二月'], [5])).groups[1]!.bars[0]!.value).toBe(0);
  });

  it('keeps every bar inside the plot and the bars from overlapping', () => {
    const values = fc.array(fc.nat({ max: 10_000_000 }), { minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 3 }), (series) => {
        const n = Math.max(...series.map((s) => s.length));
        const layout = barLayout(
          chart(
            Array.from({ length: n }, (_, i) => `${i + 1}月`),
            ...series,
          ),
        );
        const bars = layout.groups.flatMap((g) => g.bars);
        for (const bar of bars) {
          expect(bar.width).toBeGreaterThanOrEqual(0);
          expect(bar.width).toBeLessThanOrEqual(PLOT_WIDTH);
          expect(bar.y + bar.height).toBeLessThanOrEqual(layout.plotBottom);
        }
        bars.slice(1).forEach((bar, i) => expect(bar.y).toBeGreaterThanOrEqual(bars[i]!.y + bars[i]!.height));
      }),
    );
  });
});
