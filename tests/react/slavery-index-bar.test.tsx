import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { ChartErrorBoundary } from '../../packages/react/src/frame/ChartErrorBoundary.js';
import { useAnimation } from '../../packages/react/src/frame/useReducedMotion.js';
import { SlaveryIndexBar, type SlaveryIndexBarProps } from '../../packages/react/src/index.js';
import { tooltip } from './helpers/charts.js';
import { blobText, captureDownloads } from './helpers/downloads.js';

function Broken(): never {
  throw new Error('drawing failed');
}

describe('SlaveryIndexBar: the figure', () => {
  it.each([
    [
      'ru',
      'Распространённость современного рабства',
      'Казахстан: 11,1 на 1000 жителей; оценка числа людей: 208\u00a0тыс.',
    ],
    ['kk', 'Қазіргі заманғы құлдықтың таралуы', 'Қазақстан: 1000 тұрғынға 11,1'],
    ['en', 'Prevalence of modern slavery', 'Kazakhstan: 11.1 per 1,000 population; estimated people: 208K'],
  ] as const)('is a figure named by its title in %s, with every bar an option', (locale, title, kazakhstan) => {
    render(<SlaveryIndexBar locale={locale} />);
    const figure = screen.getByRole('figure', { name: title });
    const list = within(figure).getByRole('listbox', { name: title });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(15);
    expect(options.some((option) => option.getAttribute('aria-label')?.startsWith(kazakhstan))).toBe(true);
  });

  it('shows the subtitle, the correction note and the source with its link', () => {
    render(<SlaveryIndexBar locale="en" />);
    expect(document.querySelector('.kzt-subtitle')?.textContent).toMatch(/per 1,000 population, 2021/);
    expect(
      screen.getByText(/the article gave Kazakhstan 1\.9 per 100,000 population\. Walk Free gives 11\.1/),
    ).toBeDefined();
    expect(screen.getByText(/The article’s “61st of 157” could not be verified/)).toBeDefined();
    const link = screen.getByRole('link', { name: 'Walk Free, Global Slavery Index 2023' });
    expect(link.getAttribute('href')).toBe('https://www.walkfree.org/global-slavery-index/');
  });

  it("names no year, edition or index for a caller's rows, which carry none", () => {
    const data = [
      { iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: 10, estimatedPeople: null, population: null },
      { iso2: 'NO', name: 'Norway', prevalencePer1000: 0.5, estimatedPeople: null, population: null },
    ];
    const { container } = render(<SlaveryIndexBar locale="en" data={data} />);
    expect(container.querySelector('.kzt-subtitle')?.textContent).toBe(
      'Estimated people in modern slavery per 1,000 population',
    );
    expect(container.querySelector('caption')?.textContent).toBe(
      'Prevalence of modern slavery. Estimated people in modern slavery per 1,000 population',
    );
    const description = screen.getByRole('figure').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(description)?.textContent).toMatch(
      /^Horizontal bar chart of the prevalence of modern slavery in 2 countries\. Highest: Kazakhstan/,
    );
  });

  it('draws values too small to tell from 0 on an axis from 0 to 1, not into the error state', () => {
    // Found by the generated-props test: Recharts' tick maths divided by a range of 5e-324.
    for (const prevalencePer1000 of [5e-324, 1e-300, 0]) {
      const data = [{ iso2: 'BR', name: '', prevalencePer1000, estimatedPeople: null, population: 0 }];
      const { container, unmount } = render(<SlaveryIndexBar locale="en" data={data} />);
      expect(container.querySelector('[role="alert"]'), String(prevalencePer1000)).toBeNull();
      expect(container.querySelector('.kzt-figure'), String(prevalencePer1000)).not.toBeNull();
      unmount();
    }
  });

  it('hides the correction note when asked', () => {
    render(<SlaveryIndexBar locale="en" showCorrection={false} />);
    expect(screen.queryByText(/the article gave Kazakhstan/)).toBeNull();
  });

  it('takes title, subtitle, notes and heading level from props', () => {
    render(<SlaveryIndexBar title="Custom title" subtitle="Custom subtitle" notes={['Note A']} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Custom title' })).toBeDefined();
    expect(screen.getByText('Custom subtitle')).toBeDefined();
    expect(screen.getByText('Note A')).toBeDefined();
    expect(screen.queryByText(/Исправлено/)).toBeNull();
  });

  it('takes the source line from props, linking http(s) addresses only', () => {
    const sources = [
      { text: 'Our newsroom, from the Committee’s 2026 release', url: 'https://example.org/release' },
      { text: 'A script address', url: 'javascript:alert(1)' },
      { text: 'No address' },
    ];
    const { container } = render(<SlaveryIndexBar locale="en" sources={sources} />);
    const line = container.querySelector('.kzt-source');
    expect(line?.textContent).toBe(
      'Source: Our newsroom, from the Committee’s 2026 release; A script address; No address',
    );
    expect([...(line?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/release',
    ]);
  });

  it('describes the chart to screen readers', () => {
    render(<SlaveryIndexBar locale="en" />);
    const figure = screen.getByRole('figure');
    const description = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Kazakhstan: 11.1 per 1,000 population, 5th of 15 by prevalence.');
  });

  it('reserves the box height from the number of bars', () => {
    const { container, rerender } = render(<SlaveryIndexBar countries={['KZ', 'NO']} />);
    const small = container.querySelector<HTMLElement>('.kzt-box')?.style.height;
    rerender(<SlaveryIndexBar />);
    const large = container.querySelector<HTMLElement>('.kzt-box')?.style.height;
    expect(Number.parseInt(small ?? '0', 10)).toBeLessThan(Number.parseInt(large ?? '0', 10));
    rerender(<SlaveryIndexBar height={300} />);
    expect(container.querySelector<HTMLElement>('.kzt-box')?.style.height).toBe('300px');
  });

  it('has no axe violations', async () => {
    const { container } = render(<SlaveryIndexBar />);
    const results = await axe(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('SlaveryIndexBar: keyboard, hover and touch', () => {
  it('puts one mark in the tab order and moves between marks with the arrows, Home and End', () => {
    const { container } = render(<SlaveryIndexBar locale="en" />);
    const options = screen.getAllByRole('option');
    expect(options.filter((option) => option.getAttribute('tabindex') === '0')).toHaveLength(1);
    const first = options[0] as HTMLElement;
    act(() => first.focus());
    expect(tooltip(container)).toBe('Tajikistan: 14 per 1,000 population; estimated people: 133K');
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    expect(tooltip(container)).toMatch(/^Russia: 13 per 1,000 population/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(options[14]);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(tooltip(container)).toBeNull();
  });

  it('shows the same tooltip on hover and on touch as on focus', () => {
    const { container } = render(<SlaveryIndexBar locale="en" />);
    const kazakhstan = screen
      .getAllByRole('option')
      .find((option) => option.getAttribute('aria-label')?.startsWith('Kazakhstan'));
    if (!kazakhstan) throw new Error('no Kazakhstan bar');
    const label = kazakhstan.getAttribute('aria-label');
    fireEvent.mouseEnter(kazakhstan);
    expect(tooltip(container)).toBe(label);
    fireEvent.mouseLeave(kazakhstan);
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(kazakhstan, { pointerType: 'touch' });
    expect(tooltip(container)).toBe(label);
  });
});

describe('SlaveryIndexBar: table and downloads', () => {
  it('toggles a real data table, which screen readers have all along', () => {
    render(<SlaveryIndexBar locale="en" />);
    const button = screen.getByRole('button', { name: 'Show table' });
    const table = screen.getByRole('table');
    expect(table.parentElement?.className).toContain('kzt-visually-hidden');
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    expect(within(table).getByRole('rowheader', { name: 'Kazakhstan' })).toBeDefined();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Hide table');
    expect(table.parentElement?.className).not.toContain('kzt-visually-hidden');
  });

  it('downloads the rows as CSV with a BOM for Excel', async () => {
    const downloads = captureDownloads();
    render(<SlaveryIndexBar locale="ru" countries={['KZ', 'NO']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Скачать CSV' }));
    const csv = await blobText(await downloads.next());
    expect(csv).toBe('Страна,На 1000 жителей,Оценка числа людей\r\nКазахстан,11.1,208000\r\nНорвегия,0.5,3000\r\n');
    expect(downloads.names).toEqual(['распространенность-современного-рабства.csv']);
    const bytes = new Uint8Array(await (downloads.blobs[0] as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('downloads an SVG that stands alone: title, chart, notes and source', async () => {
    const downloads = captureDownloads();
    render(<SlaveryIndexBar locale="en" theme="dark" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    const svg = await blobText(await downloads.next());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Prevalence of modern slavery');
    expect(svg).toContain('Kazakhstan');
    expect(svg).toContain('Walk Free publishes estimates per 1,000 population');
    expect(svg).toContain('Source: Walk Free, Global Slavery Index 2023');
    expect(svg).toContain('--kzt-background:#161616');
    expect(svg).not.toContain('tabindex');
  });

  it('shows only the actions asked for', () => {
    render(<SlaveryIndexBar locale="en" actions={['csv']} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Download CSV']);
  });
});

describe('SlaveryIndexBar: bad props', () => {
  const negative = [{ iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: -1, estimatedPeople: null, population: null }];
  const cases: [string, SlaveryIndexBarProps, RegExp][] = [
    [
      'an unknown country code, naming the valid ones',
      { locale: 'en', countries: ['KZ', 'XX'] },
      /Unknown country code “XX”. Valid codes: AM, AZ, BY/,
    ],
    ['a negative value', { locale: 'en', data: negative }, /must be a finite number of zero or more, got \u22121/],
    ['empty data', { locale: 'en', data: [] }, /There is no data to chart/],
    ['an unknown locale', { locale: 'de' as 'en' }, /Неизвестный язык «de»/],
    ['a non-finite height', { locale: 'en', height: Number.NaN }, /“height” must be a finite number/],
    [
      'sources that are not a list',
      { locale: 'en', sources: 'Walk Free' as never },
      /Check the options of the “SlaveryIndexBar” chart/,
    ],
  ];

  it.each(cases)('renders an error state for %s, warns once and calls onError', (_, props, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    render(<SlaveryIndexBar {...props} onError={onError} />);
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(screen.getByRole('figure')).toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('falls back to the automatic theme for an unknown theme, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SlaveryIndexBar theme={'sepia' as 'light'} />);
    expect(screen.getByRole('figure').getAttribute('data-kzt-theme')).toBe('auto');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Unknown theme sepia'));
  });

  it('catches a failure while drawing, so that it never reaches the host page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    render(
      <ChartErrorBoundary fallback={(caught) => <p role="alert">{caught.message}</p>} onError={onError}>
        <Broken />
      </ChartErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('drawing failed');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'drawing failed' }));
    error.mockRestore();
  });
});

describe('animation', () => {
  it('is off under prefers-reduced-motion and on otherwise, unless forced', () => {
    expect(renderHook(() => useAnimation('auto')).result.current).toBe(false);
    expect(renderHook(() => useAnimation(true)).result.current).toBe(true);
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: false,
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    expect(renderHook(() => useAnimation('auto')).result.current).toBe(true);
    matchMedia.mockRestore();
  });
});
