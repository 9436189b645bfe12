// The custom-element runtime: one script for every chart on the page. The build wraps this file
// in a guard, so that a page which pastes the snippet twice still runs one runtime.
import { chartIds } from '@kz-trafficking/core/embed';
import { defineChartElements } from './elements.js';

declare global {
  interface Window {
    KzCharts?: { version: string; charts: readonly string[] };
  }
}

// The folder this script was loaded from: where the iframe pages and static images are too.
const script = document.currentScript;
defineChartElements(script instanceof HTMLScriptElement && script.src ? new URL('.', script.src).href : undefined);
window.KzCharts = Object.freeze({ version: '0.1.0', charts: chartIds });
