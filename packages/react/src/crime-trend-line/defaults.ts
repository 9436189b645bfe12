import type { CrimeSeries } from '@kz-trafficking/core/crime-trend';

/** Width ÷ height of the chart box by default. */
export const aspectRatio = 1.6;
/** Below this container width, ticks thin out, labels wrap tighter and gap labels stack. */
export const narrowWidth = 400;
/** Width reserved for the value axis, in pixels (wide, narrow). */
export const valueAxisWidth = { wide: 40, narrow: 32 } as const;
/** Share of the box width reserved right of the plot for the direct labels at the line ends. */
export const endLabelShare = { wide: 0.27, narrow: 0.34 } as const;
/** Bounds of that reserved width, in pixels. */
export const endLabelWidth = { min: 88, max: 190 } as const;
/** Font size of the direct labels and gap labels, in pixels (wide, narrow). */
export const labelFontSize = { wide: 12, narrow: 11 } as const;
/** The end labels shrink down to this size, in pixels, when they would not fit the height stacked. */
export const minLabelFontSize = 9;
/** Number of value-axis ticks (wide, narrow). */
export const valueTicks = { wide: 5, narrow: 3 } as const;
/** Most year ticks shown at narrow widths; more years are thinned out. */
export const maxNarrowYearTicks = 5;

export type SeriesSymbol = 'circle' | 'square' | 'diamond';

/** How each series is drawn: colour token, dash pattern and point symbol, so colour is never the only cue. */
export const seriesStyle: Readonly<
  Record<CrimeSeries, { stroke: string; text: string; dash: string | undefined; width: number; symbol: SeriesSymbol }>
> = {
  total: { stroke: 'var(--kzt-accent)', text: 'var(--kzt-accent-text)', dash: undefined, width: 2.5, symbol: 'circle' },
  art128: { stroke: 'var(--kzt-text-muted)', text: 'var(--kzt-text)', dash: '7 4', width: 2, symbol: 'square' },
  art135: { stroke: 'var(--kzt-context)', text: 'var(--kzt-text)', dash: '2 3', width: 2, symbol: 'diamond' },
};
