export { CrimeTrendLine, type CrimeTrendLineProps } from './crime-trend-line/CrimeTrendLine.js';
export { drawnEvent } from './frame/Figure.js';
export { type ThemeName, type ThemeTokens, themes } from './frame/theme.js';
export type { ChartAction, CommonChartProps } from './frame/types.js';
export { loadTexts } from './loadTexts.js';
export { RegionalShare, type RegionalShareProps } from './regional-share/RegionalShare.js';
export { SlaveryIndexBar, type SlaveryIndexBarProps } from './slavery-index-bar/SlaveryIndexBar.js';
export { VictimGenderDonut, type VictimGenderDonutProps } from './victim-gender-donut/VictimGenderDonut.js';
