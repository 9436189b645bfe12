import { chartSvgCss } from './chartSvgCss.js';
import { forcedColorsCss } from './forcedColorsCss.js';
import { type ThemeTokens, themes } from './theme.js';

function declarations(tokens: ThemeTokens): string {
  return Object.entries(tokens)
    .map(([name, value]) => `--kzt-${name}:${value};`)
    .join('');
}

/**
 * The token declarations for both themes, scoped to `.kzt-figure`. `:where()` gives them no weight,
 * so that a host page's own `.kzt-figure { --kzt-accent: … }` (or its class name's) wins in every theme.
 */
const themeCss = [
  `:where(.kzt-figure){${declarations(themes.light)}}`,
  `:where(.kzt-figure[data-kzt-theme=dark]){${declarations(themes.dark)}}`,
  // Paper is white: the automatic theme follows a dark screen only, and prints light; a host's `dark` stays.
  `@media screen and (prefers-color-scheme:dark){:where(.kzt-figure[data-kzt-theme=auto]){${declarations(themes.dark)}}}`,
].join('');

// On paper: the figure in one piece where it fits, its colours as on screen, no buttons or embed
// panel, the chart scaled to the page's width (it was drawn for the screen's), and each source's address.
const printCss = `@media print{
.kzt-figure{break-inside:avoid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.kzt-actions,.kzt-embed,.kzt-tooltip{display:none!important}
.kzt-box{height:auto!important;aspect-ratio:auto!important}
.kzt-box>.recharts-wrapper{width:auto!important;height:auto!important}
.kzt-box>svg,.kzt-box>.recharts-wrapper>svg{max-width:100%;height:auto}
.kzt-source a[href]::after{content:" (" attr(href) ")";overflow-wrap:anywhere}
}`;

// One small stylesheet, rendered inside each figure so that charts need no CSS import and work
// the same with React 18 and 19, on the server and in a shadow root.
export const frameCss = `${themeCss}
.kzt-figure{margin:0;font:inherit;color:var(--kzt-text);background:var(--kzt-background);min-width:280px;max-width:100%;font-variant-numeric:tabular-nums}
.kzt-figure *{box-sizing:border-box}
.kzt-title{font-size:1.25em;font-weight:700;line-height:1.25;margin:0 0 .25em}
.kzt-subtitle{margin:0 0 .75em;color:var(--kzt-text-muted);font-size:.9375em;line-height:1.4}
.kzt-box{position:relative;width:100%;overflow:hidden}
.kzt-box svg{display:block;overflow:visible}
.kzt-box[data-kzt-scaled]>svg{width:100%;height:100%}
${chartSvgCss('.kzt-box')}
.kzt-mark{outline:none;cursor:default}
.kzt-mark:focus-visible .kzt-mark-shape,.kzt-mark[data-active=true] .kzt-mark-shape{stroke:var(--kzt-focus);stroke-width:3px}
.kzt-tooltip{position:absolute;z-index:1;pointer-events:none;width:max-content;max-width:min(16em,100%);padding:.375em .5em;border-radius:4px;background:var(--kzt-tooltip-background);color:var(--kzt-tooltip-text);font-size:.875em;line-height:1.3}
.kzt-notes,.kzt-source{margin:.75em 0 0;color:var(--kzt-text-muted);font-size:.8125em;line-height:1.45}
.kzt-notes ul,.kzt-notes p{margin:0}
.kzt-notes ul{padding:0 0 0 1.1em}
.kzt-source{margin-top:.5em}
.kzt-source a{color:inherit}
.kzt-actions{display:flex;flex-wrap:wrap;gap:.5em;margin:.75em 0 0}
.kzt-actions button{font:inherit;font-size:.8125em;padding:.375em .75em;border:1px solid var(--kzt-text-muted);border-radius:4px;background:var(--kzt-background);color:var(--kzt-text);cursor:pointer;min-height:32px}
.kzt-figure a:focus-visible,.kzt-actions button:focus-visible{outline:3px solid var(--kzt-focus);outline-offset:2px}
.kzt-table{margin:.75em 0 0;overflow-x:auto}
.kzt-table table{border-collapse:collapse;font-size:.875em;width:100%}
.kzt-table caption{text-align:start;font-weight:600;padding:0 0 .25em}
.kzt-table th,.kzt-table td{padding:.25em .5em;border-bottom:1px solid var(--kzt-grid);text-align:start}
.kzt-table .kzt-number{text-align:end}
.kzt-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.kzt-error{padding:1em;border:1px solid var(--kzt-accent);border-radius:4px}
.kzt-error p{margin:0 0 .25em}
${forcedColorsCss}
${printCss}`;
