export {
  type AttributeName,
  approximateHeights,
  attributeNames,
  type ChartId,
  chartIds,
  type EmbedOptions,
  type EmbedSnippets,
  embedSnippets,
  escapeHtml,
  type FigureTexts,
  figureTexts,
  isChartId,
  type SnippetSettings,
  type SnippetTexts,
  safeHttpUrl,
  staticFigureHtml,
  staticStem,
  staticThemes,
  staticWidth,
  tagName,
} from '@kz-trafficking/core/embed';
export { propsFromAttributes } from './attributes.js';
export { heightMessageType, maxFrameHeight } from './charts.js';
