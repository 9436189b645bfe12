import { wrapText } from '../marks/wrapText.js';
import { chartSvgCss } from './chartSvgCss.js';
import type { ThemeTokens } from './theme.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

export interface StandaloneParts {
  title: string;
  /** The text description, kept as the file's `<desc>` for screen readers. */
  description: string;
  subtitle: string;
  notes: readonly string[];
  source: string;
}

// Characters XML 1.0 does not allow even escaped (control characters but tab and line ends, lone
// surrogates, U+FFFE/U+FFFF): one of them in a title or a label would make the downloaded file unreadable.
const notXml = /[^\t\n\r\P{Cc}]|\p{Cs}|[\uFFFE\uFFFF]/gu;

function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A self-contained SVG document of the figure: title, subtitle, the chart, notes and source,
 * with the theme's tokens defined on the root and the chart's styles embedded, so that it stands alone.
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  parts: StandaloneParts,
  tokens: ThemeTokens,
  fontFamily: string,
): string {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width || Number(chart.getAttribute('width')) || 640);
  const chartHeight = Math.ceil(box.height || Number(chart.getAttribute('height')) || 400);
  const padding = 16;
  const lineWidth = width - 2 * padding;
  const variables = Object.entries(tokens)
    .map(([name, value]) => `--kzt-${name}:${value}`)
    .join(';');
  const blocks: string[] = [];
  let y = padding;
  const addLines = (text: string, size: number, weight: number, color: 'text' | 'text-muted') => {
    for (const line of wrapText(text, lineWidth, size)) {
      y += size * 1.3;
      blocks.push(
        `<text x="${padding}" y="${y}" style="fill:${tokens[color]};font-size:${size}px;font-weight:${weight}">${escapeXml(line)}</text>`,
      );
    }
  };
  addLines(parts.title, 20, 700, 'text');
  addLines(parts.subtitle, 14, 400, 'text-muted');
  y += 12;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const [name, value] of Object.entries({ x: 0, y, width, height: chartHeight })) {
    clone.setAttribute(name, String(value));
  }
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  for (const focusable of clone.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex');
  for (const empty of clone.querySelectorAll('title:empty, desc:empty')) empty.remove();
  blocks.push(new XMLSerializer().serializeToString(clone).replace(notXml, ''));
  y += chartHeight + 8;
  for (const note of [...parts.notes, parts.source]) addLines(note, 12, 400, 'text-muted');
  const height = Math.ceil(y + padding);
  return [
    `<svg xmlns="${svgNamespace}" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="${escapeXml(variables)}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(parts.title)}</title>`,
    `<desc>${escapeXml(parts.description)}</desc>`,
    `<style>${chartSvgCss('svg')}</style>`,
    `<rect width="100%" height="100%" fill="${tokens.background}"/>`,
    ...blocks,
    '</svg>',
  ].join('');
}

/** Renders an SVG document to a PNG at `scale` times its size. Browser only. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
