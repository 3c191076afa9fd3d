/**
 * The value axis of a bar chart: a maximum rounded up to a "nice" number (1, 2, 2.5 or 5 times a
 * power of ten) and evenly spaced ticks from zero, so gridlines land on round values.
 */
const STEPS = [1, 2, 2.5, 5, 10];

export interface Scale {
  readonly max: number;
  readonly ticks: readonly number[];
}

export function niceScale(maxValue: number, tickCount = 5): Scale {
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) return { max: 1, ticks: [0, 1] };
  const rough = maxValue / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = STEPS.map((s) => s * power).find((s) => s >= rough) ?? 10 * power;
  // Whole-number data gets whole-number ticks.
  const tick = Number.isInteger(maxValue) ? Math.max(1, Math.ceil(step)) : step;
  const count = Math.ceil(maxValue / tick);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * tick).toPrecision(12)));
  return { max: ticks.at(-1)!, ticks };
}

/** "1.2万" for large numbers on an axis, the number itself otherwise. */
export function axisLabel(value: number): string {
  if (Math.abs(value) >= 10_000) return `${Number((value / 10_000).toPrecision(4))}万`;
  return String(Number(value.toPrecision(6)));
}
