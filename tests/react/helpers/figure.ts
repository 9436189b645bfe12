import { standaloneSvg } from '../../../packages/react/src/frame/standaloneSvg.js';
import { themes } from '../../../packages/react/src/frame/theme.js';

/** The downloadable SVG of the figure rendered in `container`, in the given theme. */
export function figureSvg(container: HTMLElement, theme: 'light' | 'dark'): string {
  const chart = container.querySelector<SVGSVGElement>('.kzt-box svg');
  if (!chart) throw new Error('No chart was drawn.');
  const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';
  const notes = [...container.querySelectorAll('.kzt-notes li')].map((item) => item.textContent ?? '');
  const description = container.querySelector('.kzt-figure > .kzt-visually-hidden')?.textContent ?? '';
  const parts = {
    title: text('.kzt-title'),
    subtitle: text('.kzt-subtitle'),
    description,
    notes,
    source: text('.kzt-source'),
  };
  return standaloneSvg(chart, parts, themes[theme], 'sans-serif');
}
