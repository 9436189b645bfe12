/** Height of one country's row in the bar chart, in pixels. */
export const rowHeight = 32;
/** Room for the value axis under the bars. */
export const axisHeight = 32;
/** Below this container width, country names move above the bars. */
export const narrowWidth = 400;
/** Thickness of a bar at narrow widths, where the country's name sits above it. */
export const narrowBarSize = 12;
