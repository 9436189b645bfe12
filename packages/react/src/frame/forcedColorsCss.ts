import type { TokenName } from './theme.js';

/**
 * The tokens in forced colours (Windows High Contrast): the reader's system colours. Chromium forces
 * the figure's background and text but not SVG `fill` and `stroke`, so without these the marks and
 * labels keep the page theme's colours over the reader's background (dark text on a black Canvas).
 * `!important`: the reader's colours win over a host page's own tokens. The highlighted mark is
 * `Highlight` (it is also named in bold, and its text is in the tooltip), the others `CanvasText`.
 */
const forcedTokens: Readonly<Record<TokenName, string>> = {
  background: 'Canvas',
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  accent: 'Highlight',
  'accent-text': 'CanvasText',
  context: 'CanvasText',
  grid: 'GrayText',
  'unknown-hatch': 'CanvasText',
  focus: 'Highlight',
  'tooltip-background': 'Canvas',
  'tooltip-text': 'CanvasText',
};

const declarations = Object.entries(forcedTokens)
  .map(([name, value]) => `--kzt-${name}:${value}!important;`)
  .join('');

/**
 * Forced colours: system-colour tokens; the tooltip gets a border (its background is the page's);
 * the active mark also gets an outline in `CanvasText`, since its `Highlight` ring would not show on
 * the highlighted mark, which is `Highlight` too.
 */
export const forcedColorsCss = `@media (forced-colors:active){.kzt-figure{${declarations}}
.kzt-tooltip{border:1px solid CanvasText}
.kzt-mark:focus-visible,.kzt-mark[data-active=true]{outline:2px solid CanvasText;outline-offset:2px}}`;
