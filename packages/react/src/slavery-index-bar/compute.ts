import { formatCompact, formatNumber, formatWithUnit, type GsiRow } from '@kz-trafficking/core';
import {
  type SlaveryIndexMessages,
  type SlaveryIndexRow,
  slaveryIndexCountryName,
  slaveryIndexFigure,
} from '@kz-trafficking/core/slavery-index';
import type { ChartModel, CommonChartProps } from '../frame/types.js';
import { axisHeight, rowHeight } from './defaults.js';

export interface SlaveryIndexBarProps extends CommonChartProps {
  /** ISO 3166-1 alpha-2 codes of the countries to show. Default: Kazakhstan, its Central Asian and CIS neighbours, and the article's "best" countries. */
  countries?: readonly string[];
  /** Code or codes to highlight in the accent colour. Default `KZ`. */
  highlight?: string | readonly string[];
  /**
   * Rows to plot, typed by core. Default: the bundled Global Slavery Index 2023 table. The subtitle,
   * description and table caption of custom rows name no year or edition, which the rows do not
   * carry; name their source with `sources`.
   */
  data?: readonly GsiRow[];
  /** Show the note that corrects the article's figure for Kazakhstan. Default `true`. */
  showCorrection?: boolean;
}

/** One bar as drawn: the row with its name and tooltip text in the chart's locale. */
export interface SlaveryBar extends SlaveryIndexRow {
  label: string;
  /** The value written on the bar. */
  valueLabel: string;
  tooltip: string;
}

function tooltipText(row: SlaveryIndexRow, name: string, messages: SlaveryIndexMessages): string {
  const value = `${name}: ${formatWithUnit(row.prevalencePer1000, 'per-1000', messages)}`;
  if (row.estimatedPeople === null) return value;
  return `${value}; ${messages.slaveryIndex.people.toLowerCase()}: ${formatCompact(row.estimatedPeople, messages.locale)}`;
}

export function computeSlaveryIndex(
  props: SlaveryIndexBarProps,
  messages: SlaveryIndexMessages,
): ChartModel<SlaveryBar[]> {
  const { data: rows, ...texts } = slaveryIndexFigure(
    {
      countries: props.countries,
      highlight: props.highlight,
      data: props.data,
      dataset: props.dataset,
      showCorrection: props.showCorrection,
    },
    messages,
  );
  const bars = rows.map((row) => {
    const label = slaveryIndexCountryName(row, messages);
    return {
      ...row,
      label,
      valueLabel: formatNumber(row.prevalencePer1000, messages.locale),
      tooltip: tooltipText(row, label, messages),
    };
  });
  return {
    ...texts,
    data: bars,
    columnKinds: ['text', 'number', 'number'],
    box: { height: bars.length * rowHeight + axisHeight },
  };
}
