import { type StandaloneParts, standaloneSvg } from './standaloneSvg.js';
import { resolvedTheme, type ThemeName, type ThemeTokens, type TokenName, themes } from './theme.js';

/** The tokens as the reader sees them (a host page may set its own), the theme's own where none is set. */
function shownTokens(chart: Element, theme: ThemeName): ThemeTokens {
  const tokens = { ...themes[resolvedTheme(theme)] };
  const style = getComputedStyle(chart);
  for (const name of Object.keys(tokens) as TokenName[]) {
    tokens[name] = style.getPropertyValue(`--kzt-${name}`).trim() || tokens[name];
  }
  return tokens;
}

/**
 * The figure as a standalone SVG document in the colours and font the reader sees: what the SVG
 * download writes, and what `@kz-trafficking/embed`'s `toSvg()` returns. Browser only.
 */
export function figureSvg(chart: SVGSVGElement, parts: StandaloneParts, theme: ThemeName): string {
  return standaloneSvg(chart, parts, shownTokens(chart, theme), getComputedStyle(chart).fontFamily);
}

function textOf(root: ParentNode, selector: string): string {
  return root.querySelector(selector)?.textContent?.trim() ?? '';
}

/**
 * {@link figureSvg} of a figure already on the page, its texts read from what the figure shows: for
 * `@kz-trafficking/embed`'s `toSvg()`, which has the element but not the chart's props. `null` while
 * the chart is not drawn (or the figure shows its error state).
 */
export function figureSvgOfElement(figure: Element): string | null {
  const chart = figure.querySelector<SVGSVGElement>('.kzt-box svg');
  if (!chart) return null;
  const theme = (figure.getAttribute('data-kzt-theme') ?? 'auto') as ThemeName;
  const parts: StandaloneParts = {
    title: textOf(figure, '.kzt-title'),
    subtitle: textOf(figure, '.kzt-subtitle'),
    description: textOf(figure, '.kzt-box ~ .kzt-visually-hidden'),
    notes: [...figure.querySelectorAll('.kzt-notes li')].map((item) => item.textContent?.trim() ?? ''),
    source: textOf(figure, '.kzt-source'),
  };
  return figureSvg(chart, parts, theme);
}
