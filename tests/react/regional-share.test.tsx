import { formatPercent } from '@kz-trafficking/core';
import { catalogues } from '@kz-trafficking/core/messages';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { RegionalShare, type RegionalShareProps } from '../../packages/react/src/regional-share/index.js';
import { stubBoxWidth } from './helpers/boxWidth.js';
import { tooltip } from './helpers/charts.js';
import { blobText, captureDownloads } from './helpers/downloads.js';

function option(name: string | RegExp): HTMLElement {
  return screen.getByRole('option', { name });
}

/** The text the chart's SVG shows (legend, labels, inset caption). */
function svgText(container: HTMLElement): string {
  return container.querySelector('.kzt-box svg')?.textContent ?? '';
}

const almaty = `Алматы: 26 (${formatPercent((26 / 31) * 100, 'ru')})`;

describe('RegionalShare: the figure', () => {
  it.each(['ru', 'kk', 'en'] as const)(
    'is a figure named by its title in %s, with the 20 units as options',
    (locale) => {
      const title = `${catalogues[locale].regionalShare.title}, 2025`;
      render(<RegionalShare locale={locale} />);
      const figure = screen.getByRole('figure', { name: title });
      const list = within(figure).getByRole('listbox', { name: title });
      expect(within(list).getAllByRole('option')).toHaveLength(20);
    },
  );

  it('formats the tooltip of Almaty with the real number format', () => {
    expect(almaty).toBe('Алматы: 26 (83,9\u00a0%)');
  });

  it('names the units in the chosen locale, in core’s row order', () => {
    render(<RegionalShare locale="en" />);
    const names = screen.getAllByRole('option').map((item) => item.getAttribute('aria-label'));
    expect(names[0]).toBe('Abai Region: no data');
    expect(names[18]).toBe('Almaty: 26 (83.9%)');
    expect(names[19]).toBe('Shymkent: no data');
  });

  it('describes the map, lists its numbers in a table and credits the boundaries', () => {
    const { container } = render(<RegionalShare />);
    const figure = screen.getByRole('figure');
    const description = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain(`${almaty}.`);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(22);
    expect(within(table).getByRole('rowheader', { name: 'Остальная страна, без разбивки' })).toBeDefined();
    expect(container.querySelector('.kzt-source')?.textContent).toContain('geokz (CC BY 4.0)');
    expect(container.querySelector('.kzt-notes')?.textContent).toContain('это не ноль');
  });

  it('shows the remainder as its own legend entry and explains the no-data hatch', () => {
    const { container } = render(<RegionalShare />);
    const text = svgText(container);
    expect(text).toContain(`Остальная страна, без разбивки: 5 (${formatPercent((5 / 31) * 100, 'ru')})`);
    expect(text).toContain('нет данных');
    expect(text).toContain('Доля от всех дел');
    // Only Almaty has a fill; the 19 others are hatched as no data, never drawn as zero.
    const shapes = [...container.querySelectorAll<SVGPathElement>('.kzt-mark-shape')];
    const hatched = shapes.filter((shape) => shape.style.fill.startsWith('url('));
    expect(hatched).toHaveLength(19);
    const pattern = hatched[0]?.style.fill.match(/#([^")]+)/)?.[1] ?? '';
    expect(container.querySelector(`pattern[id="${pattern}"]`)).not.toBeNull();
  });

  it('replaces the remainder text with remainderLabel', () => {
    const { container } = render(<RegionalShare locale="en" remainderLabel="Elsewhere" />);
    expect(svgText(container)).toContain('Elsewhere: 5 (16.1%)');
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'Elsewhere' })).toBeDefined();
  });

  it('draws custom values and total from props', () => {
    const { container } = render(<RegionalShare locale="en" values={{ 'KZ-71': 3, 'KZ-79': 0 }} total={10} />);
    expect(option('Astana: 3 (30%)')).toBeDefined();
    expect(option('Shymkent: 0 (0%)')).toBeDefined();
    expect(option('Almaty: no data')).toBeDefined();
    const text = svgText(container);
    expect(text).toContain('Rest of the country, not broken down: 7 (70%)');
    expect(text).toContain('30%');
    // A zero is a fill of the lowest class, not the no-data hatch.
    const shymkent = container.querySelector<SVGPathElement>('.kzt-mark-shape[data-kzt-code="KZ-79"]');
    expect(shymkent?.style.fill).toBe('var(--kzt-accent)');
  });

  it('names no year in the title and table caption of custom values, which carry none', () => {
    const { container } = render(<RegionalShare locale="en" values={{ 'KZ-71': 3 }} total={10} />);
    expect(screen.getByRole('figure', { name: 'Trafficking-in-minors cases by region' })).toBeDefined();
    expect(container.querySelector('caption')?.textContent).toBe(
      'Trafficking-in-minors cases by region. Share of cases registered under Art. 135 of the Criminal Code, by region and city',
    );
  });

  it('has no remainder entry when the units account for the whole total', () => {
    const { container } = render(<RegionalShare locale="en" values={{ 'KZ-75': 4 }} total={4} />);
    expect(svgText(container)).not.toContain('Rest of the country');
    expect(svgText(container)).toContain('no data');
  });

  it('has no no-data entry nor note when every unit has a value', () => {
    const values = Object.fromEntries(
      [
        '10',
        '11',
        '15',
        '19',
        '23',
        '27',
        '31',
        '33',
        '35',
        '39',
        '43',
        '47',
        '55',
        '59',
        '61',
        '62',
        '63',
        '71',
        '75',
        '79',
      ].map((code) => [`KZ-${code}`, 1]),
    );
    const { container } = render(<RegionalShare locale="en" values={values} total={20} />);
    expect(svgText(container)).not.toContain('no data');
    expect(container.querySelector('.kzt-notes')).toBeNull();
    expect(container.querySelectorAll('.kzt-mark-shape[style*="url("]')).toHaveLength(0);
  });

  it('has no axe violations', async () => {
    const { container } = render(<RegionalShare />);
    const results = await axe(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('RegionalShare: keyboard, hover and touch', () => {
  it('shows the same tooltip for Almaty on focus, hover and touch', () => {
    const { container } = render(<RegionalShare />);
    const city = option(almaty);
    act(() => city.focus());
    expect(tooltip(container)).toBe(almaty);
    act(() => city.blur());
    expect(tooltip(container)).toBeNull();
    fireEvent.mouseEnter(city);
    expect(tooltip(container)).toBe(almaty);
    fireEvent.mouseLeave(city);
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(city, { pointerType: 'touch' });
    expect(tooltip(container)).toBe(almaty);
  });

  it('shows "no data" for a unit without data, the same on focus, hover and touch', () => {
    const { container } = render(<RegionalShare />);
    const astana = option('Астана: нет данных');
    act(() => astana.focus());
    expect(tooltip(container)).toBe('Астана: нет данных');
    act(() => astana.blur());
    fireEvent.mouseEnter(astana);
    expect(tooltip(container)).toBe('Астана: нет данных');
    fireEvent.mouseLeave(astana);
    fireEvent.pointerDown(astana, { pointerType: 'touch' });
    expect(tooltip(container)).toBe('Астана: нет данных');
  });

  it('shows the tooltip when the inset’s copy of a unit is hovered or touched', () => {
    const { container } = render(<RegionalShare />);
    const copy = container.querySelector('[data-kzt-inset] [data-kzt-code="KZ-75"]');
    if (!copy) throw new Error('Almaty is not in the inset');
    fireEvent.mouseEnter(copy);
    expect(tooltip(container)).toBe(almaty);
    fireEvent.mouseLeave(copy);
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(copy, { pointerType: 'touch' });
    expect(tooltip(container)).toBe(almaty);
  });

  it('puts one unit in the tab order and reaches all 20 with the arrow keys', () => {
    const { container } = render(<RegionalShare />);
    const options = screen.getAllByRole('option');
    expect(options.filter((item) => item.getAttribute('tabindex') === '0')).toHaveLength(1);
    const first = options[0] as HTMLElement;
    act(() => first.focus());
    const visited = [document.activeElement];
    for (let step = 1; step < 20; step += 1) {
      fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
      visited.push(document.activeElement);
    }
    expect(visited).toEqual(options);
    expect(tooltip(container)).toBe('Шымкент: нет данных');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[19]);
    for (let step = 1; step < 20; step += 1) fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'End' });
    expect(document.activeElement).toBe(options[19]);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
  });
});

describe('RegionalShare: the inset', () => {
  it('zooms on Almaty by default, with a frame and a leader line on the main map', () => {
    const { container } = render(<RegionalShare />);
    const inset = container.querySelector('[data-kzt-inset]');
    expect(inset).not.toBeNull();
    expect(inset?.querySelector('[data-kzt-code="KZ-75"]')).not.toBeNull();
    expect(inset?.querySelector('[data-kzt-code="KZ-19"]')).not.toBeNull();
    expect(inset?.querySelector('line')).not.toBeNull();
    expect(inset?.textContent).toContain('Алматы и Алматинская область');
    expect(inset?.closest('[aria-hidden="true"]') ?? inset?.querySelector('[aria-hidden="true"]')).not.toBeNull();
    // The copies in the inset are no options: still exactly 20.
    expect(screen.getAllByRole('option')).toHaveLength(20);
  });

  it('is left out with inset={false}; Almaty is then labelled on the main map', () => {
    const { container } = render(<RegionalShare inset={false} />);
    expect(container.querySelector('[data-kzt-inset]')).toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(20);
    expect(svgText(container)).toContain(formatPercent((26 / 31) * 100, 'ru'));
  });

  it('sits below the map in a narrow box', () => {
    stubBoxWidth(360);
    const { container } = render(<RegionalShare />);
    const svg = container.querySelector('.kzt-box svg');
    expect(svg?.getAttribute('width')).toBe('360');
    expect(container.querySelector('[data-kzt-inset]')).not.toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(20);
  });
});

describe('RegionalShare: downloads', () => {
  it('downloads the table as CSV, the remainder included', async () => {
    const downloads = captureDownloads();
    render(<RegionalShare locale="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const csv = await blobText(await downloads.next());
    expect(csv).toContain('Region,Cases,Share\r\n');
    expect(csv).toContain('Almaty,26,0.8387\r\n');
    expect(csv).toContain('Rest of the country, not broken down",5,0.1613');
    expect(csv).toContain('Astana,,\r\n');
  });
});

describe('RegionalShare: bad props', () => {
  const cases: [string, RegionalShareProps, RegExp][] = [
    ['an unknown ISO code', { locale: 'en', values: { 'KZ-99': 1 }, total: 5 }, /KZ-99/],
    ['a negative count', { locale: 'en', values: { 'KZ-75': -1 }, total: 5 }, /got \u22121\./],
    ['counts above the total', { locale: 'en', values: { 'KZ-75': 40 }, total: 31 }, /40/],
  ];

  it.each(cases)('renders an error state for %s, warns and calls onError', (_, props, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    render(<RegionalShare {...props} onError={onError} />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('alert').textContent).toMatch(message);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('RegionalShare'));
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
