// Copy-paste embed snippets (script + custom element, iframe, static image) for any chart and
// options: used by the embed package, by each figure's "Embed" action and by Storybook.
export {
  type AttributeName,
  attributeNames,
  type ChartId,
  chartAttributes,
  chartIds,
  commonAttributes,
  isChartId,
  tagName,
} from './embed/charts.js';
export { ampIframeScript, ampSandbox, pymScriptUrl } from './embed/host-snippets.js';
export { escapeHtml, safeHttpUrl } from './embed/html.js';
export { parseList } from './embed/lists.js';
export { type EmbedOptions, type FigureTexts, listOption, optionLocale, type SnippetTexts } from './embed/options.js';
export {
  approximateHeights,
  type EmbedSnippets,
  embedBase,
  optionEntries,
  type SnippetSettings,
  type StaticVariant,
  snippetsFor,
  staticFigureHtml,
  staticHeights,
  staticImages,
  staticPictureHtml,
  staticStem,
  staticThemes,
  staticVariant,
  staticWidth,
} from './embed/snippets.js';
export { embedSnippets, figureTexts } from './embed/texts.js';
