export { RegionalShare, type RegionalShareProps } from './RegionalShare.js';
