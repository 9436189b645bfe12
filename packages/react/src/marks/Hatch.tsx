/** A hatch: diagonal lines (45°) that mark gaps, "no data" and the grey slice, so that colour is never the only cue. */
export interface HatchProps {
  id: string;
  /** Distance between the lines, in pixels. */
  spacing: number;
  /** Colour of the lines, a CSS value (usually a `--kzt-*` token). */
  stroke: string;
  strokeWidth: number;
  /** Opacity of the lines, when they should not be drawn at full strength. */
  opacity?: number;
  /** Fills the pattern under the lines (the hatched grey slice), when set. */
  background?: string;
}

/** An SVG `<pattern>` of hatching, for `fill: url(#id)`. */
export function Hatch({ id, spacing, stroke, strokeWidth, opacity, background }: HatchProps) {
  return (
    <pattern id={id} width={spacing} height={spacing} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      {background ? <rect width={spacing} height={spacing} style={{ fill: background }} /> : null}
      <line x1={0} y1={0} x2={0} y2={spacing} style={{ stroke, strokeWidth, opacity }} />
    </pattern>
  );
}
