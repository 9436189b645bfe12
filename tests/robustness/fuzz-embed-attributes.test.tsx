import fc from 'fast-check';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attributeNames, type ChartId, chartIds } from '../../packages/core/src/embed.js';
import { propsFromAttributes } from '../../packages/embed/src/index.js';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';
import { fuzzOptions, hostileTexts, text } from './arbitraries.js';
import { checkOutcome, measureAs, show, watchConsole } from './harness.js';

// Issue #9, embed attributes: what a CMS author may paste into `<kz-…>` attributes (or an iframe's
// query) is generated here, read by the embed's own `propsFromAttributes`, and rendered by the
// component. Every case ends as a chart or as its error state, and no element or event-handler
// attribute of the attribute values reaches the DOM.

// biome-ignore lint/suspicious/noExplicitAny: the embed hands generated, untyped props to the charts.
const components: Record<ChartId, ComponentType<any>> = {
  'slavery-index-bar': SlaveryIndexBar,
  'crime-trend-line': CrimeTrendLine,
  'victim-gender-donut': VictimGenderDonut,
  'regional-share': RegionalShare,
};

const anyText = fc.oneof(text, fc.constantFrom(...hostileTexts));

/** Mostly values an author would type, sometimes anything at all. */
function mostly(...valid: string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 8 }, { arbitrary: anyText, weight: 1 });
}

const attributeValues: Record<string, fc.Arbitrary<string>> = {
  locale: mostly('ru', 'kk', 'en', ' EN ', 'Kk'),
  theme: mostly('light', 'dark', 'auto', 'DARK'),
  'chart-title': anyText,
  'chart-subtitle': anyText,
  'heading-level': fc.oneof(fc.constantFrom('2', '3', '6', '7', '0', 'h2'), anyText),
  actions: fc.oneof(fc.constantFrom('csv png', 'table;svg', 'none', 'embed'), anyText),
  height: mostly('320', '480', '600.5'),
  'aspect-ratio': mostly('1.5', '2', '0.8'),
  countries: mostly('KZ UZ KG', 'KZ,NO', 'TR; RU; BY', 'kz uz'),
  highlight: mostly('KZ', 'KZ-75 KZ-19', 'KZ-10', 'NO, KZ'),
  series: mostly('total', 'total art135', 'art128,art135'),
  breakdown: mostly('sex', 'citizenship', ' sex '),
};

function attributes(chart: ChartId): fc.Arbitrary<Partial<Record<string, string>>> {
  return fc.record(Object.fromEntries(attributeNames(chart).map((name) => [name, attributeValues[name] ?? anyText])), {
    requiredKeys: [],
  });
}

/** Nothing in the values may become markup: no scripts, frames or images, no event handlers, no other scheme than http(s). */
function expectInert(container: HTMLElement, context: string): void {
  expect(container.querySelectorAll('script, iframe, object, embed, img, foreignObject').length, context).toBe(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.localName}>: ${context}`).toBe(false);
      if (attribute.name === 'href') expect(attribute.value, context).toMatch(/^https?:\/\//);
    }
  }
}

afterEach(() => vi.unstubAllGlobals());

describe.each(chartIds)('<kz-%s> with generated attributes', (chart) => {
  it(`renders the chart or its error state, inertly, for ${fuzzOptions.numRuns} attribute sets`, () => {
    const console = watchConsole();
    measureAs(0);
    const counts: Record<string, number> = {};
    fc.assert(
      fc.property(attributes(chart), (values) => {
        const props = propsFromAttributes(chart, (name) => values[name] ?? null);
        const kind = checkOutcome(components[chart], chart, props, console.errors, expectInert);
        counts[kind] = (counts[kind] ?? 0) + 1;
      }),
      fuzzOptions,
    );
    // Both outcomes must be reached often, or the property proves little.
    if (fuzzOptions.numRuns >= 200) {
      expect(counts.frame ?? 0, show(counts)).toBeGreaterThan(fuzzOptions.numRuns * 0.05);
      expect(counts['error-state'] ?? 0, show(counts)).toBeGreaterThan(fuzzOptions.numRuns * 0.05);
    }
  }, 120_000);
});
