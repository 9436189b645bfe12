import type { Locale } from '@kz-trafficking/core';
import { useId, useState } from 'react';
import { type ChartId, chartIds, embedSnippets } from '../../packages/embed/src/index.js';
import { LocalePicker } from './shared.js';

const themes = ['auto', 'light', 'dark'] as const;
const pre = {
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  background: '#f4f4f4',
  padding: 12,
  fontSize: 13,
} as const;

/** The copy-paste snippets of every embed method for a chart, filled in for the options chosen here. */
export function EmbedSnippets() {
  const [chart, setChart] = useState<ChartId>('slavery-index-bar');
  const [locale, setLocale] = useState<Locale>('ru');
  const [theme, setTheme] = useState<(typeof themes)[number]>('auto');
  const [baseUrl, setBaseUrl] = useState('https://charts.example.org/kz');
  const ids = { chart: useId(), theme: useId(), base: useId() };
  let snippets: ReturnType<typeof embedSnippets> | null = null;
  let problem = '';
  try {
    snippets = embedSnippets(chart, { locale, theme }, baseUrl);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return (
    <div>
      <p style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <label htmlFor={ids.chart}>
          Chart{' '}
          <select id={ids.chart} value={chart} onChange={(event) => setChart(event.target.value as ChartId)}>
            {chartIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.theme}>
          Theme{' '}
          <select id={ids.theme} value={theme} onChange={(event) => setTheme(event.target.value as typeof theme)}>
            {themes.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.base}>
          Where the embed files are published{' '}
          <input id={ids.base} value={baseUrl} size={36} onChange={(event) => setBaseUrl(event.target.value)} />
        </label>
      </p>
      <LocalePicker value={locale} onChange={setLocale} />
      {snippets ? (
        <>
          <h3>1. Script and custom element</h3>
          <pre style={pre}>{snippets.script}</pre>
          <h3>2. Iframe and resizer</h3>
          <pre style={pre}>{snippets.iframe}</pre>
          <h3>3. Static image (no JavaScript)</h3>
          <pre style={pre}>
            {snippets.static ?? 'Not pre-rendered for these options: use the figure’s SVG or PNG download.'}
          </pre>
          <h3>4. Pym.js pages</h3>
          <pre style={pre}>{snippets.pym}</pre>
          <h3>5. AMP pages (the first line goes in the page’s head)</h3>
          <pre style={pre}>{snippets.amp}</pre>
        </>
      ) : (
        <p role="alert">{problem}</p>
      )}
    </div>
  );
}
