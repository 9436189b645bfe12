// The custom-element runtime: one script for every chart on the page. The build wraps this file
// in a guard, so that a page which pastes the snippet twice still runs one runtime.
import { chartIds } from '@kz-trafficking/core/embed';
import { defineChartElements } from './elements.js';

// The package's version, written in by the build (scripts/embed-build.ts).
declare const __KZ_EMBED_VERSION__: string;

declare global {
  interface Window {
    KzCharts?: { version: string; charts: readonly string[] };
  }
}

// The folder this script was loaded from: where the iframe pages and static images are too.
const script = document.currentScript;
defineChartElements(script instanceof HTMLScriptElement && script.src ? new URL('.', script.src).href : undefined);
window.KzCharts = Object.freeze({ version: __KZ_EMBED_VERSION__, charts: chartIds });
