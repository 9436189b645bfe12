/** How the chart's SVG looks, under `scope`: shared by the page and the downloaded SVG file. */
export function chartSvgCss(scope: string): string {
  return [
    `${scope} text{fill:var(--kzt-text);font-family:inherit;font-size:12px}`,
    `${scope} .recharts-cartesian-axis-tick-value{fill:var(--kzt-text-muted)}`,
    `${scope} .recharts-cartesian-grid line{stroke:var(--kzt-grid)}`,
    `${scope} .recharts-cartesian-axis-line,${scope} .recharts-cartesian-axis-tick-line{stroke:var(--kzt-text-muted)}`,
  ].join('\n');
}
