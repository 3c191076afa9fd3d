import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisLabel, niceScale } from './chart-scale.js';

describe('niceScale', () => {
  it('rounds the maximum up to a nice number', () => {
    expect(niceScale(713)).toEqual({ max: 800, ticks: [0, 200, 400, 600, 800] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(2.5)).toEqual({ max: 2.5, ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
  });

  it('always covers the data with evenly spaced ticks from zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (value) => {
        const { max, ticks } = niceScale(value);
        expect(max).toBeGreaterThanOrEqual(value);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeLessThanOrEqual(12);
        const step = ticks[1]! - ticks[0]!;
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
      }),
    );
  });
});

describe('axisLabel', () => {
  it('writes large numbers in 万', () => {
    expect(axisLabel(3_130_000)).toBe('313万');
    expect(axisLabel(12_000)).toBe('1.2万');
    expect(axisLabel(800)).toBe('800');
  });
});
