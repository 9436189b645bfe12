// The legend's layout: pure, measured with the text-width estimate, so that the map can reserve its
// height before anything is drawn.

import { labelLineHeight as lineHeight } from '../marks/TextLines.js';
import { textWidth, wrapText } from '../marks/wrapText.js';
import type { RegionalShareData } from './compute.js';
import { keySwatch, swatch } from './defaults.js';

/** One positioned text of the legend. */
export interface LegendText {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  muted?: boolean;
  bold?: boolean;
}

export interface LegendLayout {
  height: number;
  texts: LegendText[];
  swatches: { x: number; y: number; width: number; height: number; opacity: number }[];
  keys: { y: number; kind: 'remainder' | 'noData' }[];
}

/** The legend at `width`: title, share scale with ticks, then the remainder and no-data entries. */
export function legendLayout(data: RegionalShareData, width: number, fontSize: number): LegendLayout {
  const line = fontSize * lineHeight;
  const texts: LegendText[] = [];
  let y = 0;
  for (const text of wrapText(data.texts.legend, width, fontSize)) {
    y += line;
    texts.push({ x: 0, y: y - fontSize * 0.25, text, bold: true });
  }
  y += 4;
  const count = data.classes.length;
  // The end tick's number sits on the scale's end and its percent sign runs on past it.
  const endNumber = textWidth(data.scaleEnd.replace(/[^\d]/g, ''), fontSize);
  const overhang = Math.max(textWidth(data.scaleEnd, fontSize) - endNumber / 2, 0);
  const swatchWidth = Math.min(swatch.width, Math.floor((width - overhang) / count));
  const swatches = data.classes.map((step, index) => ({
    x: index * swatchWidth,
    y,
    width: swatchWidth,
    height: swatch.height,
    opacity: step.opacity,
  }));
  const tickY = y + swatch.height + fontSize + 2;
  data.classes.forEach((step, index) => {
    texts.push({
      x: index * swatchWidth,
      y: tickY,
      text: step.from,
      anchor: index === 0 ? 'start' : 'middle',
      muted: true,
    });
  });
  texts.push({ x: count * swatchWidth - endNumber / 2, y: tickY, text: data.scaleEnd, muted: true });
  y = tickY + fontSize * 0.5;
  const keys: LegendLayout['keys'] = [];
  const entry = (text: string, kind: 'remainder' | 'noData') => {
    y += 6;
    const lines = wrapText(text, width - keySwatch - 6, fontSize);
    keys.push({ y: y + (line - keySwatch) / 2, kind });
    for (const [index, text] of lines.entries()) {
      texts.push({ x: keySwatch + 6, y: y + line * (index + 1) - fontSize * 0.25, text });
    }
    y += line * lines.length;
  };
  if (data.remainder) entry(data.remainder.label, 'remainder');
  if (data.hasNoData) entry(data.texts.noData, 'noData');
  return { height: Math.ceil(y + 2), texts, swatches, keys };
}
