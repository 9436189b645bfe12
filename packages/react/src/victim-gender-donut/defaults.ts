/** Width ÷ height of the chart box by default. */
export const aspectRatio = 1.4;
/** Below this container width, the direct labels move from beside the donut to a list under it. */
export const narrowWidth = 400;
/** Inner radius of the ring, as a share of the outer radius. */
export const innerRadiusShare = 0.6;
/** Share of the box width reserved on each side of the donut for the direct labels. */
export const labelSpaceShare = 0.28;
/** Bounds of that reserved width, in pixels. */
export const labelSpace = { min: 110, max: 200 } as const;
/** Font size of the direct labels, in pixels (wide, narrow). */
export const labelFontSize = { wide: 13, narrow: 12 } as const;
/** Bounds of the font size of the total in the centre, in pixels. */
export const totalFontSize = { min: 16, max: 40 } as const;
/** Gap between slices, in degrees, so that they are told apart without colour. */
export const paddingAngle = 1.5;
/** Side of the swatch before each label of the list (narrow layout), in pixels. */
export const swatchSize = 12;

/**
 * How each slice is filled, in order: the first group (women, citizens) in the accent colour, the
 * second in the context grey with a hatch, so that colour is never the only cue.
 */
export const sliceFills = ['accent', 'hatched-context'] as const;
