// The inset's caption: pure, so that the layout can reserve its height.

import { labelLineHeight as lineHeight } from '../marks/TextLines.js';
import { wrapText } from '../marks/wrapText.js';
import type { RegionalShareData } from './compute.js';

/** Space above and below the caption's lines, in pixels. */
export const captionPadding = 4;

/** The inset's caption, wrapped to the inset's width (one pixel smaller than the labels). */
export function insetCaption(data: RegionalShareData, width: number, fontSize: number): string[] {
  return wrapText(data.texts.inset, width - 12, fontSize - 1);
}

export function insetCaptionHeight(data: RegionalShareData, width: number, fontSize: number): number {
  return Math.ceil(insetCaption(data, width, fontSize).length * (fontSize - 1) * lineHeight + 2 * captionPadding);
}
