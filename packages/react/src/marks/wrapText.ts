/**
 * SVG text does not wrap, and a chart cannot measure text before it is drawn (nor at all on the
 * server or in jsdom). These helpers estimate widths from the font size, erring on the wide side,
 * so that labels are wrapped and placed without overflowing the chart box.
 */

/** Average advance of a character, as a share of the font size (generous for Cyrillic and digits). */
const averageAdvance = 0.62;
/** The same for bold text: wide sans-serif fonts (DejaVu Sans Bold) run about 10 % wider. */
const boldAdvance = 0.7;

/** The estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil([...text].length * fontSize * (bold ? boldAdvance : averageAdvance));
}

/**
 * `text` broken into lines at ordinary spaces (never at the no-break spaces that number formats put
 * in `46,5 %`) so that each line fits `maxWidth` (estimated). A single word wider than `maxWidth`
 * keeps a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/[ \t\n]+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The estimated width of the widest of `lines`. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
}
