import { render } from '@testing-library/react';
import { describe, it } from 'vitest';
import type { Locale } from '../../packages/core/src/index.js';
import { chartCases } from '../fixtures/charts.js';
import { figureSvg } from './helpers/figure.js';
import { expectSvgSnapshot } from './helpers/snapshot.js';

// Fixed size (the jsdom setup measures every box at 640 px) and pinned locale; no dates are shown.
const locales: readonly Locale[] = ['ru', 'kk', 'en'];
const themes = ['light', 'dark'] as const;

describe('SVG snapshots: chart × locale × theme', () => {
  for (const chart of chartCases) {
    for (const locale of locales) {
      for (const theme of themes) {
        it(`${chart.name} ${locale} ${theme}`, () => {
          const { container } = render(chart.render(locale));
          expectSvgSnapshot(`${chart.name}.${locale}.${theme}`, figureSvg(container, theme));
        });
      }
    }
  }
});
