import type { CommonMessages, CustomSourceLine, FigureText, Locale } from '@kz-trafficking/core';
import type { Dataset } from '@kz-trafficking/core/dataset';
import type { ThemeName } from './theme.js';

/**
 * Buttons a figure can show under the chart: the data table, downloads, and the copy-paste embed
 * snippets (only with `embedBaseUrl`, and only for the bundled data or a `dataset` with its `datasetSrc`).
 */
export type ChartAction = 'table' | 'csv' | 'png' | 'svg' | 'embed';
export const chartActions: readonly ChartAction[] = ['table', 'csv', 'png', 'svg', 'embed'];

/** Props every chart takes. */
export interface CommonChartProps {
  /** Language of every text and number: `ru` (default), `kk` or `en`. */
  locale?: Locale;
  /** `auto` (default) follows the reader's `prefers-color-scheme`; `light` or `dark` forces one. */
  theme?: ThemeName;
  /** Replaces the default title. */
  title?: string;
  /** Replaces the default subtitle (what is measured, unit, period). */
  subtitle?: string;
  /** Notes shown under the chart. Replaces the default notes (gaps, corrections, caveats). */
  notes?: readonly string[];
  /**
   * Replaces the source line: each credit's text, linked where `url` is an http(s) address (any
   * other address is not linked). Name the source of your own `data` here: the default line
   * credits the bundled figures.
   */
  sources?: readonly CustomSourceLine[];
  /**
   * The figures to chart, with their sources and statuses: a newsroom's update merged into the
   * bundled dataset by core's `applyUpdate` (`@kz-trafficking/core/update`). The chart reads its
   * years, series, edition, notes and source lines from it: a `crimes.total.2026` fact adds 2026 to
   * the line, new victims figures move the donut to their year. Default: the bundled dataset.
   */
  dataset?: Dataset;
  /**
   * Absolute http(s) address of the update file `dataset` was made from. With `embedBaseUrl`, the
   * "Embed" action's snippets carry it as `data-src`, so that the embedded chart shows the same
   * figures; a chart given `dataset` without it has no embed action (an embed would show the bundled ones).
   */
  datasetSrc?: string;
  /** Level of the title's heading, 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Width ÷ height of the chart box; ignored when `height` is set. */
  aspectRatio?: number;
  /** Height of the chart box in pixels. */
  height?: number;
  /** Which buttons to show, all by default; `[]` shows none. */
  actions?: readonly ChartAction[];
  /**
   * Absolute http(s) address where `@kz-trafficking/embed`'s `dist` folder is published (e.g.
   * `https://charts.example.org/kz`). With it, the figure offers an "Embed" action: copy-paste
   * snippets (script + custom element, iframe, static image) for the current options, for pages
   * without React. Charts given custom `data` have no embed action: an embed shows the bundled data
   * (or the update its `data-src` names: see `datasetSrc`).
   */
  embedBaseUrl?: string;
  /** Called with the error when the props cannot be charted or the chart fails to render. */
  onError?: (error: Error) => void;
  /**
   * Animate the marks as the chart first appears (`auto`, the default, turns animation off under
   * `prefers-reduced-motion`). The animation plays at most once: a later width, locale or data
   * draws the final marks at once, and so does printing.
   */
  animate?: boolean | 'auto';
  /** Extra class name on the `<figure>`. */
  className?: string;
}

/** The size of the chart box once measured. */
export interface BoxSize {
  width: number;
  height: number;
}

/** The chart box before it is measured: a ratio of its width, or a fixed height. */
export type BoxShape = { aspectRatio: number } | { height: number };

/** How the cells of a column are written: text as is, numbers and shares (0–1) in the locale's style. */
export type ColumnKind = 'text' | 'number' | 'share';

/** The files a figure can be downloaded as. */
export type FileFormat = 'csv' | 'png' | 'svg';

/** What a figure shows around its chart (core's figure texts), and the box the chart is drawn in. */
export interface FigureContent extends FigureText {
  columnKinds: readonly ColumnKind[];
  box: BoxShape;
}

/** Everything a figure needs, computed from the props before anything is drawn. */
export interface ChartModel<T> extends FigureContent {
  data: T;
}

/** What a chart's definition is given to draw with, besides its model and box. */
export interface RenderContext<M extends CommonMessages = CommonMessages> {
  messages: M;
  /** Whether the reader's settings and the props allow the first drawing to animate. */
  animate: boolean;
  /** Reports that the chart shows its final marks (stable across renders). */
  onDrawn: () => void;
}

/** What a chart's drawing is given besides its model and box. */
export interface DrawingContext<M extends CommonMessages = CommonMessages> {
  messages: M;
  /** Whether this drawing animates its marks: only the chart's first drawing; any later one draws them final at once. */
  animate: boolean;
  /** For the drawing's animated marks to call when their animation has ended (stable across renders). */
  onAnimationEnd: () => void;
}
