import type { DataTable } from '../table.js';
import type { SourceLine } from './sources.js';

/**
 * Everything a figure says around its chart, written by core from the chart's options and
 * messages. The React chart, the embed's snippets and the static images show these texts, so they
 * cannot drift apart.
 */
export interface FigureText {
  title: string;
  /** What is measured, its unit and period. */
  subtitle: string;
  /** Notes under the chart: gaps, corrections, derived values and caveats, in reading order. */
  notes: readonly string[];
  /** The credits of the source line. */
  sources: readonly SourceLine[];
  /** The text description: what a screen reader is given, and the static image's alt text. */
  description: string;
  /** The data table, as the table view and the CSV download show it. */
  table: DataTable;
}

/** A chart's figure: its texts and the validated data they describe, from which the chart is drawn. */
export interface ChartFigure<Data> extends FigureText {
  data: Data;
}
