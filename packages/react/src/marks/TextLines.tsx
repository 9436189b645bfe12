/** Line height of wrapped SVG labels, as a multiple of the font size. */
export const labelLineHeight = 1.2;

/** Wrapped lines of an SVG `<text>`, one `<tspan>` each, the first baseline at `y`. */
export function TextLines({
  lines,
  x,
  y,
  fontSize,
}: {
  lines: readonly string[];
  x: number;
  y: number;
  fontSize: number;
}) {
  return lines.map((line, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label are positional; the same text may repeat.
    <tspan key={index} x={x} y={y + index * fontSize * labelLineHeight}>
      {line}
    </tspan>
  ));
}
