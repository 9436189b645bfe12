export { type ThemeName, type ThemeTokens, themes } from './frame/theme.js';
export type { ChartAction, CommonChartProps } from './frame/types.js';
export { SlaveryIndexBar, type SlaveryIndexBarProps } from './slavery-index-bar/SlaveryIndexBar.js';
