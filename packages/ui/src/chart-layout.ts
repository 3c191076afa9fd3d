import type { Chart } from '@gongkai/domain';
import { axisLabel, niceScale } from './chart-scale.js';

/**
 * Where everything of a horizontal bar chart goes, in SVG user units: category labels on the
 * left, one group of bars per category with one bar per series, value labels after the bars and
 * the value axis below. Long Chinese labels read better beside horizontal bars than under
 * vertical ones; the full label is in the table that follows the chart.
 */
export const LABEL_WIDTH = 150;
export const PLOT_WIDTH = 420;
const VALUE_GAP = 64;
const BAR = 14;
const BAR_SPACE = 2;
const GROUP_GAP = 10;
const AXIS = 24;
const LABEL_CHARS = 10;

export interface Bar {
  readonly series: number;
  readonly value: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarGroup {
  readonly label: string;
  /** Baseline of the category label, centred on the group. */
  readonly labelY: number;
  readonly bars: readonly Bar[];
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  /** Bottom of the plot area, where the axis labels start. */
  readonly plotBottom: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly groups: readonly BarGroup[];
}

export function barLayout(chart: Chart): BarLayout {
  const scale = niceScale(Math.max(0, ...chart.series.flatMap((s) => s.values)));
  // Negative values do not occur in the statistics; drawn as empty bars if they ever do.
  const x = (value: number) => (Math.max(0, value) / scale.max) * PLOT_WIDTH;
  const groupHeight = chart.series.length * BAR + GROUP_GAP;
  const plotBottom = chart.categories.length * groupHeight;
  return {
    width: LABEL_WIDTH + PLOT_WIDTH + VALUE_GAP,
    height: plotBottom + AXIS,
    plotBottom,
    ticks: scale.ticks.map((tick) => ({ x: LABEL_WIDTH + x(tick), label: axisLabel(tick) })),
    groups: chart.categories.map((category, c) => ({
      label: category.length > LABEL_CHARS ? `${category.slice(0, LABEL_CHARS)}…` : category,
      labelY: c * groupHeight + (chart.series.length * BAR) / 2 + 5,
      bars: chart.series.map((series, s) => {
        const value = series.values[c] ?? 0;
        return { series: s, value, y: c * groupHeight + s * BAR, width: x(value), height: BAR - BAR_SPACE };
      }),
    })),
  };
}
