import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RegionalShare, SlaveryIndexBar } from '../../packages/react/src/index.js';
import { chartCases } from '../fixtures/charts.js';

describe('server rendering (Node, no window)', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
  });

  it.each(chartCases)('$name emits the figure, texts, description, data table and reserved box', (chart) => {
    const html = renderToString(chart.render('en'));
    expect(html).toMatch(/^<figure class="kzt-figure"/);
    expect(html).toMatch(/<h2 id="[^"]+" class="kzt-title">[^<]+<\/h2>/);
    expect(html).toMatch(/<p class="kzt-subtitle">[^<]+<\/p>/);
    expect(html).toMatch(/<p id="[^"]+-description" class="kzt-visually-hidden">[^<]{40,}<\/p>/);
    expect(html).toContain('<table>');
    expect(html).toMatch(/<p class="kzt-source">Source(<!-- -->)?:/);
    expect(html).toMatch(/class="kzt-box" style="(height:\d+px|aspect-ratio:[\d.]+)"/);
  });

  // Recharts fills its chart state in effects (recharts/recharts#5997): its charts draw once mounted.
  it.each(chartCases.filter((chart) => chart.name !== 'regional-share'))(
    '$name leaves its box for the browser',
    (chart) => {
      const html = renderToString(chart.render('en'));
      expect(html).toMatch(/<div class="kzt-box" style="[^"]+"><\/div>/);
      expect(html).not.toContain('<svg');
    },
  );

  it('draws the map on the server, at 640 px scaled to the box by its viewBox, every unit an option', () => {
    const html = renderToString(<RegionalShare locale="en" />);
    expect(html).toContain(
      '<div class="kzt-box" style="aspect-ratio:1.1" data-kzt-scaled=""><svg width="640" height="582" viewBox="0 0 640 582" role="listbox"',
    );
    expect(html.match(/class="kzt-mark"/g)).toHaveLength(20);
    expect(html).toContain('data-kzt-code="KZ-75"');
    // The server does not know it is drawn: the browser says so once it has measured the box.
    expect(html).not.toContain('data-kzt-drawn');
  });

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
