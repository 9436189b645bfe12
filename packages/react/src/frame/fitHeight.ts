// A figure drawn in the place of something as tall as `FigureHeight` says (the embed's pre-rendered
// picture or reserved box) takes exactly that height on its first drawing: its chart box gives or
// takes the difference, so that nothing below it moves. Only for small differences: a chart box more
// than a quarter taller or shorter than its own proportions would misrepresent the figure.
import { createContext } from 'react';

/** The height, in pixels, the figure's first drawing is to take; `undefined` for its own proportions. */
export const FigureHeight = createContext<number | undefined>(undefined);

const tolerance = 0.25;

/**
 * The chart box height that makes `figure` `held` pixels tall, given its `box` as laid out now, or
 * `undefined` when the figure is already that tall or would need a box out of proportion.
 */
export function fittedBoxHeight(figure: Element, box: Element, held: number): number | undefined {
  if (held <= 0) return undefined;
  const natural = figure.getBoundingClientRect().height;
  const boxHeight = box.getBoundingClientRect().height;
  const fitted = boxHeight + held - natural;
  if (Math.abs(held - natural) < 0.5 || Math.abs(fitted - boxHeight) > boxHeight * tolerance) return undefined;
  return fitted;
}
