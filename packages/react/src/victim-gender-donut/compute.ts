import { fill, formatNumber, formatPercent } from '@kz-trafficking/core';
import {
  type VictimBreakdown,
  type VictimBreakdownData,
  type VictimBreakdownMessages,
  type VictimCounts,
  type VictimSlice,
  victimBreakdownFigure,
} from '@kz-trafficking/core/victim-breakdown';
import type { ChartModel, CommonChartProps } from '../frame/types.js';
import { aspectRatio } from './defaults.js';

export interface VictimGenderDonutProps extends CommonChartProps {
  /**
   * How the victims are split: `sex` (women and men, the default) or `citizenship` (citizens of
   * Kazakhstan, and foreign and stateless people). The title follows the choice. Any other value
   * gives a visible error state.
   */
  breakdown?: VictimBreakdown;
  /**
   * Victim counts for one year, typed by core: `{ total, women, men, citizens, foreigners }`.
   * Counts must be finite and not negative, the total above 0, and the two groups of the chosen
   * breakdown must add up to the total; otherwise the figure shows an error state naming the
   * problem. Default: the bundled 2025 counts (159 victims: 74 women and 85 men; 143 citizens and
   * 16 foreigners). Custom data gets no bundled notes, and its title names no year, which the
   * counts do not carry.
   */
  data?: VictimCounts;
}

/** One slice as drawn: the group's count and share with its name and label in the chart's locale. */
export interface DonutSlice extends VictimSlice {
  name: string;
  /** The direct label, accessible name and tooltip: "Женщины — 74 (46,5 %)". */
  label: string;
}

export interface DonutData {
  breakdown: VictimBreakdownData['breakdown'];
  /** The total, formatted for the centre of the donut. */
  total: string;
  /** The word under the total ("всего"). */
  totalCaption: string;
  slices: readonly DonutSlice[];
}

export function computeVictimBreakdown(
  props: VictimGenderDonutProps,
  messages: VictimBreakdownMessages,
): ChartModel<DonutData> {
  const { data, ...texts } = victimBreakdownFigure(
    { breakdown: props.breakdown, data: props.data, dataset: props.dataset },
    messages,
  );
  const t = messages.victimBreakdown;
  const { locale } = messages;
  const slices = data.slices.map((slice) => {
    const name = t.slices[slice.key];
    const label = fill(t.describePart, {
      label: name,
      count: formatNumber(slice.count, locale),
      share: formatPercent(slice.share * 100, locale),
    });
    return { ...slice, name, label };
  });
  return {
    ...texts,
    data: { breakdown: data.breakdown, total: formatNumber(data.total, locale), totalCaption: t.total, slices },
    columnKinds: ['text', 'number', 'share'],
    box: { aspectRatio },
  };
}
