// Plain geometry shared by the charts' layouts, in the chart's pixel coordinates.

export type Point = [x: number, y: number];

/** A rectangle in the chart's pixel coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `value` kept within `[min, max]`; when `max` is below `min` (no room), `min` wins. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Whether two rectangles share any area (touching edges do not overlap). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
