export { CrimeTrendLine, type CrimeTrendLineProps } from './CrimeTrendLine.js';
