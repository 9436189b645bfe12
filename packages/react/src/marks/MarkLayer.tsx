import { type ComponentType, memo, type ReactElement } from 'react';
import type { BoxSize, ChartModel, DrawingContext, RenderContext } from '../frame/types.js';
import { MarksContext } from './MarksContext.js';
import { MarkTooltip } from './MarkTooltip.js';
import { useFirstAnimation } from './useFirstAnimation.js';
import { useMarks } from './useMarks.js';

/** What a chart's drawing is given: its model, its box and its texts. */
export interface DrawingProps<T> {
  model: ChartModel<T>;
  size: BoxSize;
  context: DrawingContext;
}

interface DrawnProps<T> extends DrawingProps<T> {
  drawing: ComponentType<DrawingProps<T>>;
}

/** Whether a drawing would come out the same: same model, box size, language and animation. */
function sameDrawing<T>(before: DrawnProps<T>, after: DrawnProps<T>): boolean {
  return (
    before.drawing === after.drawing &&
    before.model === after.model &&
    before.size.width === after.size.width &&
    before.size.height === after.size.height &&
    before.context.animate === after.context.animate &&
    before.context.messages === after.context.messages
  );
}

// The one rule that keeps a chart from being redrawn on hover and focus: the drawing does not depend
// on which mark is active, so it is memoised on what it shows. Only the marks, which read the active
// state from the context, update; Recharts does not redraw (and so replace) the focused mark.
const Drawn = memo(function Drawn<T>({ drawing: Drawing, ...props }: DrawnProps<T>) {
  return <Drawing {...props} />;
}, sameDrawing) as <T>(props: DrawnProps<T>) => ReactElement;

export interface MarkLayerProps<T> extends Omit<DrawingProps<T>, 'context'> {
  context: RenderContext;
  /** The drawing: a component that draws the chart's marks with `Mark`. */
  drawing: ComponentType<DrawingProps<T>>;
  /** Each mark's tooltip, by mark index (also its accessible name). */
  labels: readonly string[];
}

/**
 * A chart's marks: their state (which one is in the tab order, which one is active), the keyboard
 * moves between them, and the tooltip of the active one, around the chart's drawing; the drawing
 * animates only as the chart first appears.
 */
export function MarkLayer<T>({ drawing, labels, model, size, context }: MarkLayerProps<T>) {
  const { api, active } = useMarks(labels.length);
  const { messages, onDrawn } = context;
  const motion = useFirstAnimation(context.animate, [model, size.width, size.height, messages], onDrawn);
  return (
    <MarksContext.Provider value={api}>
      <Drawn drawing={drawing} model={model} size={size} context={{ messages, ...motion }} />
      <MarkTooltip active={active} labels={labels} size={size} />
    </MarksContext.Provider>
  );
}
