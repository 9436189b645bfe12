// The height the page held for a chart before it was drawn (the snippet's min-height, or the
// pre-rendered picture inside the element) is kept when the chart replaces it: the chart box takes
// up the difference, so that nothing below the chart moves. Only for small differences: a chart box
// more than a quarter taller or shorter than its own proportions would misrepresent the figure.

const tolerance = 0.25;

/**
 * The chart box height that makes the figure in `container` exactly `held` pixels tall, or
 * `undefined` when it is already that tall, has no chart box, or would need a box out of proportion.
 */
export function boxHeightToHold(container: HTMLElement, held: number): number | undefined {
  const box = container.querySelector('.kzt-box');
  if (!box || held <= 0) return undefined;
  const natural = container.getBoundingClientRect().height;
  const boxHeight = box.getBoundingClientRect().height;
  const fitted = boxHeight + held - natural;
  if (Math.abs(held - natural) < 0.5 || Math.abs(fitted - boxHeight) > boxHeight * tolerance) return undefined;
  return fitted;
}
