// Loaded on demand, when a reader asks for a file: none of this is in the chart's first download.
import { type CommonMessages, toCsv } from '@kz-trafficking/core';
import { downloadBlob, fileNameFor } from './download.js';
import { figureSvg } from './figureSvg.js';
import { svgToPng } from './standaloneSvg.js';
import type { ThemeName } from './theme.js';
import type { FigureContent, FileFormat } from './types.js';

/** What a downloaded file is made of: the figure as the reader sees it. */
export interface FigureExport extends FigureContent {
  chart: SVGSVGElement | null;
  theme: ThemeName;
  messages: CommonMessages;
}

/** Offers the figure as a CSV of its data, or as an SVG or PNG image that stands alone. Browser only. */
export async function exportFigure(format: FileFormat, figure: FigureExport): Promise<void> {
  if (format === 'csv') {
    const csv = new Blob([toCsv(figure.table, { bom: true })], { type: 'text/csv;charset=utf-8' });
    downloadBlob(csv, fileNameFor(figure.title, 'csv'));
    return;
  }
  if (!figure.chart) return;
  const source = `${figure.messages.frame.source}: ${figure.sources.map((line) => line.text).join('; ')}`;
  const svg = figureSvg(figure.chart, { ...figure, source }, figure.theme);
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
  downloadBlob(blob, fileNameFor(figure.title, format));
}
