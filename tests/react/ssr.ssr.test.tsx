import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlaveryIndexBar } from '../../packages/react/src/index.js';

describe('server rendering (Node, no window)', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
  });

  it('emits the figure, texts, description, data table and the reserved box, but no chart yet', () => {
    const html = renderToString(<SlaveryIndexBar locale="en" />);
    expect(html).toMatch(/^<figure class="kzt-figure"/);
    expect(html).toContain('<h2 id=');
    expect(html).toContain('Prevalence of modern slavery');
    expect(html).toContain('Estimated people in modern slavery per 1,000 population');
    expect(html).toContain('Horizontal bar chart of the prevalence of modern slavery in 15 countries');
    expect(html).toContain('<table>');
    expect(html).toContain('<th scope="row">Kazakhstan</th>');
    expect(html).toContain('Walk Free, Global Slavery Index 2023');
    expect(html).toMatch(/class="kzt-box" style="height:\d+px"/);
    expect(html).not.toContain('<svg');
  });

  it('renders the error state on the server too', () => {
    const html = renderToString(<SlaveryIndexBar locale="en" countries={['XX']} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Unknown country code');
  });
});
