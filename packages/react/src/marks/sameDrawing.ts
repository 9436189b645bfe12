import type { BoxSize, RenderContext } from '../frame/types.js';

interface DrawingProps {
  model: unknown;
  size: BoxSize;
  context: RenderContext;
}

/**
 * Whether a chart's drawing would come out the same: same model, box size, language and animation.
 * For `memo`: the drawing does not depend on which mark is active, so hovering or focusing a mark
 * re-renders only the marks (which read the active state from the context), not the chart, and
 * Recharts does not redraw (and so replace) the element that has the focus.
 */
export function sameDrawing(before: DrawingProps, after: DrawingProps): boolean {
  return (
    before.model === after.model &&
    before.size.width === after.size.width &&
    before.size.height === after.size.height &&
    before.context.animate === after.context.animate &&
    before.context.messages === after.context.messages
  );
}
