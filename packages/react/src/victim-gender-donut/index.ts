export { VictimGenderDonut, type VictimGenderDonutProps } from './VictimGenderDonut.js';
