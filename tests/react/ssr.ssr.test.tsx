import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlaveryIndexBar } from '../../packages/react/src/index.js';
import { chartCases } from '../fixtures/charts.js';

describe('server rendering (Node, no window)', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
  });

  it.each(chartCases)(
    '$name emits the figure, texts, description, data table and reserved box, but no chart yet',
    (chart) => {
      const html = renderToString(chart.render('en'));
      expect(html).toMatch(/^<figure class="kzt-figure"/);
      expect(html).toMatch(/<h2 id="[^"]+" class="kzt-title">[^<]+<\/h2>/);
      expect(html).toMatch(/<p class="kzt-subtitle">[^<]+<\/p>/);
      expect(html).toMatch(/<p id="[^"]+-description" class="kzt-visually-hidden">[^<]{40,}<\/p>/);
      expect(html).toContain('<table>');
      expect(html).toMatch(/<p class="kzt-source">Source(<!-- -->)?:/);
      expect(html).toMatch(/class="kzt-box" style="(height:\d+px|aspect-ratio:[\d.]+)"/);
      expect(html).not.toContain('<svg');
    },
  );

  it('emits the slavery chart’s texts in full', () => {
    const html = renderToString(<SlaveryIndexBar locale="en" />);
    expect(html).toContain('Prevalence of modern slavery');
    expect(html).toContain('Horizontal bar chart of the prevalence of modern slavery in 15 countries');
    expect(html).toContain('<th scope="row">Kazakhstan</th>');
    expect(html).toContain('Walk Free, Global Slavery Index 2023');
  });

  it('renders the error state on the server too', () => {
    const html = renderToString(<SlaveryIndexBar locale="en" countries={['XX']} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Unknown country code');
  });

  // A Kazakh chart on a Russian page is read with Kazakh pronunciation only if it says so.
  it.each(chartCases)('$name declares the language of its texts on the figure, its error state too', (chart) => {
    for (const locale of ['ru', 'kk', 'en'] as const) {
      expect(renderToString(chart.render(locale))).toMatch(new RegExp(`^<figure class="kzt-figure" lang="${locale}"`));
    }
    const failing = renderToString(<SlaveryIndexBar locale="kk" countries={['XX']} />);
    expect(failing).toMatch(/^<figure class="kzt-figure" lang="kk"[^>]*>.*role="alert"/s);
  });
});
