import { formatNumber, formatPercent } from '@kz-trafficking/core';
import {
  type RegionalShare,
  type RegionalShareMessages,
  regionalShareFigure,
} from '@kz-trafficking/core/regional-share';
import type { ChartModel, CommonChartProps } from '../frame/types.js';
import { aspectRatio, shareSteps, stepOpacity } from './defaults.js';

export interface RegionalShareProps extends CommonChartProps {
  /**
   * Counts by ISO 3166-2 code of Kazakhstan's 20 first-level units (2022 layout), e.g.
   * `{ 'KZ-75': 26 }`. Units not listed have **no data**: they are hatched as "no data", never
   * drawn as zero; list a unit with `0` to show a real zero. Counts must be finite and not
   * negative, and together not above `total`. An unknown code (including the pre-2022 letter codes
   * such as `KZ-ALA`) gives a visible error state instead of the map.
   *
   * Default: registered Art. 135 cases (trafficking in minors) in 2025 — Almaty city 26 of 31; the
   * other 5 were not broken down by region. The title of custom counts names no year, which they
   * do not carry; the subtitle still names Art. 135 cases (`subtitle` replaces it).
   */
  values?: Readonly<Record<string, number>>;
  /**
   * The total the counts are shares of (e.g. all cases in the country). Required when `values` is
   * given; must be above 0 and not below the sum of `values`. Whatever the listed units do not
   * account for is shown as "rest of the country, not broken down" in a neutral hatch, never
   * spread over the map. Default: 31 (Art. 135 cases in 2025).
   */
  total?: number;
  /**
   * ISO 3166-2 code or codes of the units outlined in the text colour and labelled in bold.
   * Default: the Almaty cluster, `['KZ-75', 'KZ-19']` (Almaty city and Almaty Region); `[]`
   * highlights none.
   */
  highlight?: string | readonly string[];
  /**
   * Show the inset that zooms on Almaty city (KZ-75) inside Almaty Region (KZ-19), with a frame
   * on the main map and a leader line to it. At container widths under 480 px the inset sits in a
   * band under the map. Default `true`.
   */
  inset?: boolean;
  /**
   * Replaces the text of the "rest of the country, not broken down" entry in the legend and the
   * data table (its count and share are still added).
   */
  remainderLabel?: string;
}

/** One of the 20 units as drawn, in core's row order (which is also the order of the marks). */
export interface RegionalUnit {
  /** Position among the marks (core's row order, by ISO code). */
  index: number;
  /** ISO 3166-2 code, the `id` of the unit's geometry. */
  code: string;
  /** Name in the chart's locale. */
  name: string;
  type: 'region' | 'city';
  count: number | null;
  share: number | null;
  highlighted: boolean;
  /** Index of the unit's share class in `shareSteps`, or `null` where there is no data. */
  step: number | null;
  /** The direct label: the share, formatted; `null` where there is no data. */
  valueLabel: string | null;
  /** Accessible name and tooltip: "<name>: <count> (<share>)" or "<name>: <no data>". */
  tooltip: string;
}

/** One class of the share scale, as the legend shows it. */
export interface ShareClass {
  opacity: number;
  /** Lower bound of the class, formatted (the tick left of its swatch). */
  from: string;
}

export interface RegionalShareData {
  units: readonly RegionalUnit[];
  /** The part of the total not broken down by unit: its legend text, or `null`. */
  remainder: { count: number; share: number; label: string } | null;
  /** Whether any unit has no data (the legend then explains the no-data hatch). */
  hasNoData: boolean;
  inset: boolean;
  classes: readonly ShareClass[];
  /** The tick at the upper end of the scale (`100 %`). */
  scaleEnd: string;
  texts: { legend: string; noData: string; inset: string };
}

/** The share class of `share` (a fraction of the total): the first step it does not exceed. */
export function shareClass(share: number): number {
  const index = shareSteps.findIndex((step) => share <= step);
  return index === -1 ? shareSteps.length - 1 : index;
}

function countAndShare(count: number, share: number, messages: RegionalShareMessages): string {
  return `${formatNumber(count, messages.locale)} (${formatPercent(share * 100, messages.locale)})`;
}

function units(data: RegionalShare, messages: RegionalShareMessages): RegionalUnit[] {
  const { locale } = messages;
  return data.rows.map((row, index) => {
    const name = row.region.names[locale];
    return {
      index,
      code: row.region.code,
      name,
      type: row.region.type,
      count: row.count,
      share: row.share,
      highlighted: row.highlighted,
      step: row.share === null ? null : shareClass(row.share),
      valueLabel: row.share === null ? null : formatPercent(row.share * 100, locale),
      tooltip:
        row.count !== null && row.share !== null
          ? `${name}: ${countAndShare(row.count, row.share, messages)}`
          : `${name}: ${messages.frame.noData}`,
    };
  });
}

export function computeRegionalShare(
  props: RegionalShareProps,
  messages: RegionalShareMessages,
): ChartModel<RegionalShareData> {
  const { data, ...texts } = regionalShareFigure(
    {
      values: props.values,
      total: props.total,
      highlight: props.highlight,
      remainderLabel: props.remainderLabel,
      dataset: props.dataset,
    },
    messages,
  );
  const t = messages.regionalShare;
  const { locale } = messages;
  const remainderText = props.remainderLabel ?? t.remainder;
  const drawn = units(data, messages);
  const hasNoData = drawn.some((unit) => unit.count === null);
  return {
    ...texts,
    data: {
      units: drawn,
      remainder: data.remainder
        ? {
            ...data.remainder,
            label: `${remainderText}: ${countAndShare(data.remainder.count, data.remainder.share, messages)}`,
          }
        : null,
      hasNoData,
      inset: props.inset ?? true,
      classes: shareSteps.map((_, index) => ({
        opacity: stepOpacity[index] ?? 1,
        from: formatNumber((index === 0 ? 0 : (shareSteps[index - 1] ?? 0)) * 100, locale),
      })),
      scaleEnd: formatPercent(100, locale),
      texts: { legend: t.legend, noData: messages.frame.noData, inset: t.inset },
    },
    columnKinds: ['text', 'number', 'share'],
    box: { aspectRatio },
  };
}
