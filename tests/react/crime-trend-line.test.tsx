import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { type CrimeSeries, type CrimeYearRow, crimeGapLabel } from '../../packages/core/src/charts/crime-trend.js';
import { formatNumber, formatPercent } from '../../packages/core/src/index.js';
import { catalogues, en, ru } from '../../packages/core/src/messages.js';
import { valueTicksFor } from '../../packages/react/src/crime-trend-line/compute.js';
import { CrimeTrendLine, type CrimeTrendLineProps } from '../../packages/react/src/index.js';
import { textWidth } from '../../packages/react/src/marks/wrapText.js';
import { stubBoxWidth, svgLabelText } from './helpers/boxWidth.js';
import { marks, renderBad, tooltip } from './helpers/charts.js';

afterEach(() => vi.unstubAllGlobals());

function chartSvg(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector<SVGSVGElement>('.kzt-box svg');
  if (!svg) throw new Error('No chart was drawn.');
  return svg;
}

/** The x of a year's tick on the year axis. */
function yearX(container: HTMLElement, year: number): number {
  const tick = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].find(
    (text) => text.textContent === String(year),
  );
  if (!tick) throw new Error(`No tick for ${year}.`);
  return Number(tick.getAttribute('x'));
}

/** The x coordinates of each sub-path (each move-to starts one) of a line's path. */
function subpathXs(path: Element): number[][] {
  const d = path.getAttribute('d') ?? '';
  return d
    .split('M')
    .filter((part) => part.trim() !== '')
    .map((part) => [...part.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((match) => Number(match[1])));
}

function linePath(container: HTMLElement, series: CrimeSeries): Element {
  const path = container.querySelector(`.kzt-line-${series} path.recharts-line-curve`);
  if (!path) throw new Error(`No line for ${series}.`);
  return path;
}

const label = (series: CrimeSeries, year: number, value: number) =>
  `${ru.crimeTrend.series[series]}: ${year} — ${value}`;

describe('CrimeTrendLine: the figure', () => {
  it.each(['ru', 'kk', 'en'] as const)('is a figure named by its title in %s, its points a listbox', (locale) => {
    const title = catalogues[locale].crimeTrend.title;
    render(<CrimeTrendLine locale={locale} />);
    const figure = screen.getByRole('figure', { name: title });
    const list = within(figure).getByRole('listbox', { name: title });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(6);
    expect(options[0]?.getAttribute('aria-label')).toBe(
      `${catalogues[locale].crimeTrend.series.total}: 2024 — ${formatNumber(357, locale)}`,
    );
  });

  it('draws one point mark per known value (6 for the bundled data), in series order, one tab stop', () => {
    const { container } = render(<CrimeTrendLine />);
    expect(marks(container).map((mark) => mark.getAttribute('aria-label'))).toEqual([
      label('total', 2024, 357),
      label('total', 2025, 298),
      // The 2024 Art. 128 figure is derived from "−20 %", and its name says so.
      `${ru.crimeTrend.series.art128}: 2024 — 15 (вычислено)`,
      label('art128', 2025, 12),
      label('art135', 2024, 9),
      label('art135', 2025, 31),
    ]);
    expect(marks(container).filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('draws each series as its own line: accent for the total, two greys with different dashes', () => {
    const { container } = render(<CrimeTrendLine />);
    const style = (series: CrimeSeries) => linePath(container, series) as SVGPathElement;
    expect(style('total').style.stroke).toBe('var(--kzt-accent)');
    expect(style('total').getAttribute('stroke-dasharray')).toBeNull();
    expect(style('art128').style.stroke).toBe('var(--kzt-text-muted)');
    expect(style('art135').style.stroke).toBe('var(--kzt-context)');
    const dashes = [style('art128'), style('art135')].map((path) => path.getAttribute('stroke-dasharray'));
    expect(dashes[0]).toBeTruthy();
    expect(dashes[1]).toBeTruthy();
    expect(dashes[0]).not.toBe(dashes[1]);
  });

  it('shows notes, source and description from core', () => {
    render(<CrimeTrendLine locale="en" />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText(/Figures for 2022 and 2023 were not published/)).toBeDefined();
    expect(within(figure).getByText(en.crimeTrend.derivedNote)).toBeDefined();
    expect(within(figure).getByText(en.crimeTrend.contextNote)).toBeDefined();
    expect(figure.querySelector('.kzt-source')?.textContent).toContain(en.sources.kpsisu);
    const description = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Line chart of');
    expect(description?.textContent).toContain('No data for 2022 and 2023.');
  });

  it('has a data table with the years as text and the series as numbers', () => {
    render(<CrimeTrendLine locale="ru" />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      ru.crimeTrend.year,
      ru.crimeTrend.series.total,
      ru.crimeTrend.series.art128,
      ru.crimeTrend.series.art135,
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    const none = ru.frame.noData;
    expect(cells).toEqual([
      ['2022', none, none, none],
      ['2023', none, none, none],
      ['2024', '357', '15 (вычислено)', '9'],
      ['2025', '298', '12', '31'],
    ]);
  });

  it('has no axe violations', async () => {
    const { container } = render(<CrimeTrendLine />);
    const results = await axe(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('CrimeTrendLine: gaps', () => {
  it('labels a run of unknown years once, naming each year with core’s gap label', () => {
    const { container } = render(<CrimeTrendLine />);
    const labels = [...chartSvg(container).querySelectorAll('.kzt-gap-label')].map(svgLabelText);
    expect(labels).toEqual([`2022: ${crimeGapLabel(2022, ru)} 2023: ${crimeGapLabel(2023, ru)}`]);
    expect(crimeGapLabel(2022, ru)).toBe(ru.crimeTrend.gapMinimum);
    expect(crimeGapLabel(2023, ru)).toBe(ru.crimeTrend.gap);
  });

  it('hatches the unknown years with the unknown-hatch token, and no line enters the band', () => {
    const { container } = render(<CrimeTrendLine />);
    const band = container.querySelector('[data-kzt-gap="2022 2023"] > rect');
    if (!band) throw new Error('No gap band.');
    const left = Number(band.getAttribute('x'));
    const right = left + Number(band.getAttribute('width'));
    expect(yearX(container, 2022)).toBeGreaterThan(left);
    expect(yearX(container, 2023)).toBeLessThan(right);
    expect(yearX(container, 2024)).toBeGreaterThan(right);
    const fill = (band as SVGRectElement).style.fill;
    const patternId = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
    const pattern = container.querySelector(`pattern[id="${patternId}"] line`) as SVGLineElement | null;
    expect(pattern?.style.stroke).toBe('var(--kzt-unknown-hatch)');
    for (const series of ['total', 'art128', 'art135'] as const) {
      const xs = subpathXs(linePath(container, series)).flat();
      expect(xs.length).toBeGreaterThan(0);
      expect(Math.min(...xs)).toBeGreaterThan(right);
    }
  });

  it('breaks a line at an unknown year inside the data: a new move-to after the gap', () => {
    const data: CrimeYearRow[] = [
      { year: 2019, total: 100, art128: 10, art135: 5 },
      { year: 2020, total: null, art128: null, art135: null },
      { year: 2021, total: 120, art128: 12, art135: 6 },
      { year: 2022, total: 130, art128: 14, art135: 7 },
    ];
    const { container } = render(<CrimeTrendLine data={data} />);
    const gapX = yearX(container, 2020);
    for (const series of ['total', 'art128', 'art135'] as const) {
      const parts = subpathXs(linePath(container, series));
      expect(parts).toHaveLength(2);
      for (const xs of parts) {
        const crosses = Math.min(...xs) < gapX && Math.max(...xs) > gapX;
        expect(crosses).toBe(false);
      }
      expect(parts[1]?.[0]).toBeCloseTo(yearX(container, 2021));
    }
    expect([...container.querySelectorAll('.kzt-gap-label')].map(svgLabelText)).toEqual([`2020: ${ru.crimeTrend.gap}`]);
  });
});

describe('CrimeTrendLine: direct labels', () => {
  it('labels each line at its end with the short series name and the latest change', () => {
    const { container } = render(<CrimeTrendLine />);
    const text = (series: CrimeSeries) =>
      svgLabelText(container.querySelector(`.kzt-end-labels [data-kzt-series="${series}"] text`) ?? document.body);
    expect(text('total')).toBe(
      `${ru.crimeTrend.seriesShort.total}: ${formatPercent(-16.5, 'ru', { signed: true })} (2024→2025)`,
    );
    expect(text('art128')).toBe(`Ст.\u00a0128: ${formatPercent(-20, 'ru', { signed: true })} (2024→2025)`);
    expect(text('art135')).toBe(`Ст.\u00a0135: ×${formatNumber(31 / 9, 'ru')} (2024→2025)`);
    expect(text('art135')).toContain('×3,4');
  });

  it('puts the labels right of the plot, without overlapping one another', () => {
    const { container } = render(<CrimeTrendLine />);
    const lastYear = yearX(container, 2025);
    const blocks = [...container.querySelectorAll('.kzt-end-labels text')].map((text) => {
      const spans = [...text.querySelectorAll('tspan')];
      const ys = spans.map((span) => Number(span.getAttribute('y')));
      return { x: Number(spans[0]?.getAttribute('x')), top: Math.min(...ys) - 12, bottom: Math.max(...ys) };
    });
    expect(blocks).toHaveLength(3);
    blocks.sort((a, b) => a.top - b.top);
    blocks.forEach((block, index) => {
      expect(block.x).toBeGreaterThan(lastYear);
      const next = blocks[index + 1];
      if (next) expect(block.bottom).toBeLessThanOrEqual(next.top + 1);
    });
  });

  it('names a series without a change by its short name only', () => {
    const data: CrimeYearRow[] = [
      { year: 2024, total: null, art128: 15, art135: null },
      { year: 2025, total: null, art128: 12, art135: 31 },
    ];
    const { container } = render(<CrimeTrendLine locale="en" series={['art128', 'art135']} data={data} />);
    const texts = [...container.querySelectorAll('.kzt-end-labels text')].map(svgLabelText);
    expect(texts).toContain('Art. 135');
    expect(texts).toContain(`Art. 128: ${formatPercent(-20, 'en', { signed: true })} (2024→2025)`);
  });

  it('takes each short name from the catalogue, where it begins the full name', () => {
    for (const messages of Object.values(catalogues)) {
      for (const series of ['total', 'art128', 'art135'] as const) {
        expect(messages.crimeTrend.series[series].startsWith(messages.crimeTrend.seriesShort[series])).toBe(true);
      }
    }
  });

  it('uses round value ticks from zero', () => {
    const point = (value: number) => ({ series: 'total' as const, year: 2024, value, tooltip: '' });
    expect(valueTicksFor([point(357)], 3)).toEqual([0, 200, 400]);
    expect(valueTicksFor([point(0)], 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const { container } = render(<CrimeTrendLine />);
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')].map(svgLabelText);
    expect(ticks).toEqual(['0', '100', '200', '300', '400']);
  });
});

describe('CrimeTrendLine: keyboard, hover and touch', () => {
  it('shows the mark’s own label as tooltip on focus, and hides it on blur and Escape', () => {
    const { container } = render(<CrimeTrendLine />);
    const [first] = marks(container);
    if (!first) throw new Error('no marks');
    act(() => first.focus());
    expect(tooltip(container)).toBe(first.getAttribute('aria-label'));
    expect(first.getAttribute('aria-selected')).toBe('true');
    act(() => first.blur());
    expect(tooltip(container)).toBeNull();
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(tooltip(container)).toBeNull();
  });

  it('shows the same tooltip on mouse enter and on touch, not on a mouse press', () => {
    const { container } = render(<CrimeTrendLine />);
    const mark = marks(container)[5];
    if (!mark) throw new Error('no sixth mark');
    expect(mark.getAttribute('aria-label')).toBe(label('art135', 2025, 31));
    fireEvent.mouseEnter(mark);
    expect(tooltip(container)).toBe(label('art135', 2025, 31));
    fireEvent.mouseLeave(mark);
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(mark, { pointerType: 'mouse' });
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(mark, { pointerType: 'touch' });
    expect(tooltip(container)).toBe(label('art135', 2025, 31));
  });

  it('keeps the focused point in place while another is hovered', () => {
    const { container } = render(<CrimeTrendLine />);
    const [first, second] = marks(container);
    if (!first || !second) throw new Error('no marks');
    act(() => first.focus());
    fireEvent.mouseEnter(second);
    expect(tooltip(container)).toBe(second.getAttribute('aria-label'));
    expect(first.isConnected).toBe(true);
    expect(document.activeElement).toBe(first);
    expect([...container.querySelectorAll('.kzt-box [tabindex="0"]')]).toEqual([second]);
  });

  it('is one tab stop; arrows, Home and End move between the points', async () => {
    const user = userEvent.setup();
    const { container } = render(<CrimeTrendLine />);
    const all = marks(container);
    await user.tab();
    expect(document.activeElement).toBe(all[0]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(all[1]);
    expect(tooltip(container)).toBe(label('total', 2025, 298));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(all[2]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(all[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(all[5]);
    expect(all[5]?.getAttribute('tabindex')).toBe('0');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(all[0]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(all[0]);
  });
});

describe('CrimeTrendLine: custom data and series', () => {
  it('draws custom rows, with only the gap note', () => {
    const data: CrimeYearRow[] = [
      { year: 2021, total: 200, art128: 20, art135: 10 },
      { year: 2020, total: 180, art128: null, art135: 8 },
    ];
    const { container } = render(<CrimeTrendLine locale="en" data={data} />);
    expect(marks(container).map((mark) => mark.getAttribute('aria-label'))).toEqual([
      `${en.crimeTrend.series.total}: 2020 — 180`,
      `${en.crimeTrend.series.total}: 2021 — 200`,
      `${en.crimeTrend.series.art128}: 2021 — 20`,
      `${en.crimeTrend.series.art135}: 2020 — 8`,
      `${en.crimeTrend.series.art135}: 2021 — 10`,
    ]);
    // Nothing the bundled data's notes know of its years is said of the caller's.
    const notes = [...container.querySelectorAll('.kzt-notes li')].map((item) => item.textContent);
    expect(notes).toEqual(['Figures for 2020 were not published: the chart shows a gap, not a line.']);
    expect(container.querySelector('.kzt-subtitle')?.textContent).toBe(
      'Registered criminal offences by year, 2020–2021',
    );
    expect(yearX(container, 2020)).toBeLessThan(yearX(container, 2021));
  });

  it('labels a caller’s unknown 2022 as not published, without the bundled data’s constraint', () => {
    const data: CrimeYearRow[] = [
      { year: 2021, total: 200, art128: 20, art135: 10 },
      { year: 2022, total: null, art128: null, art135: null },
    ];
    const { container } = render(<CrimeTrendLine locale="en" data={data} />);
    expect([...container.querySelectorAll('.kzt-gap-label')].map(svgLabelText)).toEqual(['2022: not published']);
  });

  it('draws only the series asked for', () => {
    const { container } = render(<CrimeTrendLine series={['art135']} />);
    expect(marks(container)).toHaveLength(2);
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(1);
    expect(container.querySelectorAll('.kzt-end-labels text')).toHaveLength(1);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
  });
});

describe('CrimeTrendLine: narrow widths', () => {
  it.each([280, 320, 399])('at %i px thins the value ticks and keeps every label inside the box', (width) => {
    stubBoxWidth(width);
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const { container } = render(<CrimeTrendLine locale={locale} />);
      const svg = chartSvg(container);
      expect(svg.getAttribute('data-kzt-layout')).toBe('narrow');
      expect(Number(svg.getAttribute('width'))).toBe(width);
      const height = Number(svg.getAttribute('height'));
      expect(container.querySelectorAll('.recharts-yAxis-tick-labels text')).toHaveLength(3);
      expect(container.querySelectorAll('.recharts-xAxis-tick-labels text')).toHaveLength(4);
      for (const text of svg.querySelectorAll('.kzt-end-labels text')) {
        const fontSize = Number.parseFloat((text as SVGTextElement).style.fontSize);
        for (const span of text.querySelectorAll('tspan')) {
          const x = Number(span.getAttribute('x'));
          expect(x + textWidth(span.textContent ?? '', fontSize)).toBeLessThanOrEqual(width);
          expect(Number(span.getAttribute('y'))).toBeLessThanOrEqual(height);
        }
      }
      for (const span of svg.querySelectorAll('.kzt-gap-label tspan')) {
        const x = Number(span.getAttribute('x'));
        const half = textWidth(span.textContent ?? '', 11) / 2;
        expect(x - half).toBeGreaterThanOrEqual(0);
        expect(x + half).toBeLessThanOrEqual(width);
      }
      cleanup();
    }
  });

  it('uses the wide layout from 400 px', () => {
    const { container } = render(<CrimeTrendLine />);
    expect(chartSvg(container).getAttribute('data-kzt-layout')).toBe('wide');
    expect(container.querySelectorAll('.recharts-yAxis-tick-labels text')).toHaveLength(5);
  });
});

describe('CrimeTrendLine: bad props', () => {
  const row = (values: Partial<CrimeYearRow>): CrimeYearRow => ({
    year: 2024,
    total: 1,
    art128: 1,
    art135: 1,
    ...values,
  });

  it.each<[string, CrimeTrendLineProps, RegExp]>([
    [
      'an unknown series, naming the valid ones',
      { series: ['total', 'art999' as CrimeSeries] },
      /Неизвестный ряд «art999». Допустимые: total, art128, art135/,
    ],
    ['an empty list of series', { locale: 'en', series: [] }, /There is no data to chart \(series\)/],
    ['empty data', { locale: 'en', data: [] }, /There is no data to chart \(data\)/],
    [
      'a negative count',
      { locale: 'en', data: [row({ total: -5 })] },
      /“total in 2024” must be a finite number of zero or more, got \u22125/,
    ],
    [
      'a NaN count',
      { locale: 'en', data: [row({ art135: Number.NaN })] },
      /“art135 in 2024” must be a finite number of zero or more, got NaN/,
    ],
    ['a repeated year', { locale: 'en', data: [row({}), row({})] }, /2024 appears twice/],
    [
      'data without any known value',
      { locale: 'en', data: [row({ total: null, art128: null, art135: null })] },
      /There is no data to chart \(data\)/,
    ],
  ])('renders an error state for %s inside the figure, warns and calls onError', (_, props, message) => {
    const { alert, warn, onError, container } = renderBad(<CrimeTrendLine {...props} />);
    expect(alert.textContent).toMatch(message);
    expect(container.querySelector('.kzt-box svg')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('CrimeTrendLine'));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('keeps the default title in the error state', () => {
    const { figure, warn } = renderBad(<CrimeTrendLine locale="kk" series={['nope' as CrimeSeries]} />);
    expect(within(figure).getByRole('heading', { name: catalogues.kk.crimeTrend.title })).toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
