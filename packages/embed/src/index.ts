export { propsFromAttributes } from './attributes.js';
export {
  type AttributeName,
  attributeNames,
  type ChartId,
  chartIds,
  heightMessageType,
  isChartId,
  maxFrameHeight,
  tagName,
} from './charts.js';
export {
  approximateHeights,
  type EmbedSnippets,
  embedSnippets,
  escapeHtml,
  type SnippetSettings,
  safeHttpUrl,
  staticFigureHtml,
  staticStem,
  staticThemes,
  staticWidth,
} from './snippets.js';
export { type EmbedOptions, type FigureTexts, figureTexts } from './texts.js';
