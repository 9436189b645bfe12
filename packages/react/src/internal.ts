// For @kz-trafficking/embed only, which draws these charts on pages without React: no semver promise.
export { figureSvgOfElement } from './frame/figureSvg.js';
export { FigureHeight } from './frame/fitHeight.js';
