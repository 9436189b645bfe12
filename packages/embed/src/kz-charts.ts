// The custom-element loader: one small script for every chart on the page. It defines the four
// elements; each loads its chart's chunk (dist/charts/<chart>.js, with the React and Recharts chunks
// it shares with the others) when it is needed. The build wraps this file in a guard, so that a page
// which pastes the snippet twice still runs one loader.
import { chartIds } from '@kz-trafficking/core/embed';
import { defineChartElements } from './elements.js';

// The package's version, written in by the build (scripts/embed-build.ts).
declare const __KZ_EMBED_VERSION__: string;

declare global {
  interface Window {
    KzCharts?: { version: string; charts: readonly string[] };
  }
}

/**
 * The address this script was loaded from. A module script (`<script type="module">`) has no
 * `document.currentScript`: then it is the page's last script named kz-charts.js.
 */
function scriptAddress(): string | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const named = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((script) =>
    /\/kz-charts\.js(?:[?#]|$)/.test(script.src),
  );
  return named[named.length - 1]?.src;
}

// The chunks, the iframe pages and the static images are in the folder this script came from.
defineChartElements(scriptAddress());
window.KzCharts = Object.freeze({ version: __KZ_EMBED_VERSION__, charts: chartIds });
