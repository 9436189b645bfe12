/**
 * Width ÷ height of the chart box by default. The box is reserved before the container is measured,
 * so one shape must serve both layouts: wide, the map fills the width and the legend and the inset
 * share the band under it (the inset reaching up into the empty corner over Kyrgyzstan and China);
 * narrow, the map shrinks a little so that the band under it holds the inset and the legend.
 */
export const aspectRatio = 1.1;
/**
 * The width the map is drawn at on the server and before its box is measured (a news article's
 * column), scaled to the box by its viewBox until then.
 */
export const serverWidth = 640;
/** Below this container width the inset sits wholly below the map, never over it. */
export const narrowWidth = 480;
/** Space kept free around the map, the inset and the legend, in pixels (wide, narrow). */
export const margin = { wide: 8, narrow: 6 } as const;
/** Space between the map, the legend and the inset, in pixels. */
export const gap = 12;
/** Font size of the direct labels and the legend, in pixels (wide, narrow). */
export const fontSize = { wide: 12, narrow: 11 } as const;

/** Width of the inset as a share of the box width (wide, narrow), and its bounds in pixels. */
export const insetShare = { wide: 0.34, narrow: 0.44 } as const;
export const insetWidth = { min: 120, max: 360 } as const;
/** The inset is never shorter than this, in pixels; the map shrinks to make room if it must. */
export const minInsetHeight = 84;
/** At most this tall relative to its width: the inset stops growing into free space beyond it. */
export const maxInsetAspect = 1;
/**
 * Share of the inset's shorter side that Almaty city (KZ-75) takes: the rest shows the surrounding
 * Almaty Region, so the city is clearly visible and still placed.
 */
export const insetCityShare = 0.5;
/** The frame on the main map around the zoomed area is at least this big, in pixels. */
export const minZoomFrame = 10;

/**
 * Upper bounds of the share classes (fractions of the total). Shares of a national total spread over
 * 20 units are mostly small, so the classes are narrow at the bottom: 0–5 %, 5–10 %, 10–25 %,
 * 25–50 %, 50–100 %.
 */
export const shareSteps: readonly number[] = [0.05, 0.1, 0.25, 0.5, 1];
/**
 * Opacity of the accent colour for each share class, over the background: light → `--kzt-accent`.
 * Same length as `shareSteps`.
 */
export const stepOpacity: readonly number[] = [0.2, 0.38, 0.56, 0.78, 1];

/** Width and height of one swatch of the share scale, in pixels (at most; narrow legends shrink them). */
export const swatch = { width: 40, height: 10 } as const;
/** Size of the square swatches of the remainder and no-data entries, in pixels. */
export const keySwatch = 12;
/** Units whose projected box is smaller than this (in pixels) get their label beside them, not inside. */
export const smallUnit = 28;
