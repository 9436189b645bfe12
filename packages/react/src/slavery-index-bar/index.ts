export { SlaveryIndexBar, type SlaveryIndexBarProps } from './SlaveryIndexBar.js';
