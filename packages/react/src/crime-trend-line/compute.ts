import {
  type CrimeSeries,
  type CrimeTrend,
  type CrimeTrendMessages,
  type CrimeYearRow,
  crimeChangeLabel,
  crimeGapLabel,
  crimeTrendFigure,
  crimeValueText,
} from '@kz-trafficking/core/crime-trend';
import type { ChartModel, CommonChartProps } from '../frame/types.js';
import { aspectRatio } from './defaults.js';

export interface CrimeTrendLineProps extends CommonChartProps {
  /**
   * Which series to draw, in this order: `total` (all trafficking-related offences, nine articles
   * of the Criminal Code), `art128` (Art. 128, trafficking in persons) and `art135` (Art. 135,
   * trafficking in minors). Default: all three. An unknown name gives a visible error state.
   */
  series?: readonly CrimeSeries[];
  /**
   * Registered offences by year, typed by core: `{ year, total, art128, art135 }`, with `null`
   * where no figure was published. Years need not be sorted but must not repeat; counts must be
   * finite and not negative. A `null` year is drawn as a labelled gap, never bridged by a line.
   * Default: the figures of `dataset` (the bundled 2022–2025 ones: 2022 and 2023 unpublished).
   * Custom data gets no bundled notes except the list of gaps.
   */
  data?: readonly CrimeYearRow[];
}

/** One known value, drawn as a point mark. */
export interface CrimePoint {
  series: CrimeSeries;
  year: number;
  value: number;
  /** Accessible name and tooltip: "<series>: <year> — <value>", a derived value marked as such. */
  tooltip: string;
}

/** One series as drawn: its names, its direct label and its latest known point. */
export interface CrimeLine {
  key: CrimeSeries;
  /** The catalogue's full name, used in tooltips. */
  name: string;
  /** The direct label at the end of the line: the latest change with the short name, or the short name alone. */
  label: string;
  /** The latest known point, where the label is placed; `null` if the series has no value. */
  last: CrimePoint | null;
}

/** A year with no published value for a drawn series: a hatched band with this label. */
export interface CrimeGap {
  year: number;
  label: string;
}

export interface CrimeTrendData {
  trend: CrimeTrend;
  years: readonly number[];
  lines: readonly CrimeLine[];
  /** Every known value, series by series, year by year: the order of keyboard navigation. */
  points: readonly CrimePoint[];
  gaps: readonly CrimeGap[];
}

function pointsOf(key: CrimeSeries, name: string, trend: CrimeTrend, messages: CrimeTrendMessages): CrimePoint[] {
  return trend.rows.flatMap((row) => {
    const value = row[key];
    if (value === null) return [];
    const text = crimeValueText(trend, key, row.year, value, messages);
    return [{ series: key, year: row.year, value, tooltip: `${name}: ${row.year} — ${text}` }];
  });
}

/**
 * Round value ticks from 0: the smallest step of 1, 2, 2.5 or 5 × 10ⁿ that covers the highest
 * value in at most `count - 1` steps.
 */
export function valueTicksFor(points: readonly CrimePoint[], count: number): number[] {
  const max = Math.max(1, ...points.map((point) => point.value));
  const intervals = Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(max / intervals));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate * intervals >= max) ??
    10 * magnitude;
  const steps = Math.ceil(max / step);
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

export function computeCrimeTrend(
  props: CrimeTrendLineProps,
  messages: CrimeTrendMessages,
): ChartModel<CrimeTrendData> {
  const { data: trend, ...texts } = crimeTrendFigure(
    { series: props.series, data: props.data, dataset: props.dataset },
    messages,
  );
  const bundled = props.data === undefined;
  const t = messages.crimeTrend;
  const points: CrimePoint[] = [];
  const lines = trend.series.map((key): CrimeLine => {
    const own = pointsOf(key, t.series[key], trend, messages);
    points.push(...own);
    const change = trend.changes.find((item) => item.series === key);
    return {
      key,
      name: t.series[key],
      label: change ? crimeChangeLabel(change, messages, 'short') : t.seriesShort[key],
      last: own[own.length - 1] ?? null,
    };
  });
  return {
    ...texts,
    data: {
      trend,
      years: trend.rows.map((row) => row.year),
      lines,
      points,
      gaps: trend.gaps.map((year) => ({ year, label: crimeGapLabel(year, messages, bundled, props.dataset?.facts) })),
    },
    columnKinds: ['text', ...trend.series.map(() => 'number' as const)],
    box: { aspectRatio },
  };
}
