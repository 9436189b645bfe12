import { render } from '@testing-library/react';
import { describe, it } from 'vitest';
import type { Locale } from '../../packages/core/src/index.js';
import { SlaveryIndexBar } from '../../packages/react/src/index.js';
import { figureSvg } from './helpers/figure.js';
import { expectSvgSnapshot } from './helpers/snapshot.js';

// Fixed size (the jsdom setup measures every box at 640 px), pinned locale; time zone is not used.
const charts = [
  { name: 'slavery-index-bar', element: (locale: Locale) => <SlaveryIndexBar locale={locale} animate={false} /> },
];
const locales: readonly Locale[] = ['ru', 'kk', 'en'];
const themes = ['light', 'dark'] as const;

describe('SVG snapshots: chart × locale × theme', () => {
  for (const chart of charts) {
    for (const locale of locales) {
      for (const theme of themes) {
        it(`${chart.name} ${locale} ${theme}`, () => {
          const { container } = render(chart.element(locale));
          expectSvgSnapshot(`${chart.name}.${locale}.${theme}`, figureSvg(container, theme));
        });
      }
    }
  }
});
