import { act, cleanup, fireEvent, getDefaultNormalizer, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import type { VictimBreakdown, VictimCounts } from '../../packages/core/src/charts/victim-breakdown.js';
import { fill, formatPercent } from '../../packages/core/src/index.js';
import { catalogues, en, ru } from '../../packages/core/src/messages.js';
import { VictimGenderDonut, type VictimGenderDonutProps } from '../../packages/react/src/index.js';
import { textWidth } from '../../packages/react/src/marks/wrapText.js';
import { stubBoxWidth, svgLabelText } from './helpers/boxWidth.js';
import { marks, renderBad, tooltip } from './helpers/charts.js';

afterEach(() => vi.unstubAllGlobals());

function sliceLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.kzt-slice-label text')].map(svgLabelText);
}

const bundled: VictimCounts = { total: 159, women: 74, men: 85, citizens: 143, foreigners: 16 };

describe('VictimGenderDonut: the figure', () => {
  it.each(['ru', 'kk', 'en'] as const)('is a figure named by its title in %s, its two slices a listbox', (locale) => {
    const t = catalogues[locale].victimBreakdown;
    render(<VictimGenderDonut locale={locale} />);
    const figure = screen.getByRole('figure', { name: `${t.titleSex}, 2025` });
    const list = within(figure).getByRole('listbox', { name: `${t.titleSex}, 2025` });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]?.getAttribute('aria-label')).toBe(
      fill(t.describePart, { label: t.slices.women, count: '74', share: formatPercent((74 / 159) * 100, locale) }),
    );
  });

  it('labels each slice with its group, count and share', () => {
    const { container } = render(<VictimGenderDonut />);
    expect(marks(container).map((mark) => mark.getAttribute('aria-label'))).toEqual([
      'Женщины — 74 (46,5\u00a0%)',
      'Мужчины — 85 (53,5\u00a0%)',
    ]);
    expect(sliceLabels(container)).toEqual(['Женщины — 74 (46,5\u00a0%)', 'Мужчины — 85 (53,5\u00a0%)']);
  });

  it('splits by citizenship when asked, with its own title and note', () => {
    const { container } = render(<VictimGenderDonut locale="en" breakdown="citizenship" />);
    expect(screen.getByRole('figure', { name: 'Victims of human trafficking by citizenship, 2025' })).toBeDefined();
    expect(sliceLabels(container)).toEqual([
      'Citizens of Kazakhstan: 143 (89.9%)',
      'Foreign and stateless people: 16 (10.1%)',
    ]);
    const notes = [...container.querySelectorAll('.kzt-notes li')].map((item) => item.textContent);
    expect(notes).toEqual([en.victimBreakdown.citizenshipDerivedNote]);
  });

  it('writes the total in the centre, big, with its caption below', () => {
    const { container } = render(<VictimGenderDonut />);
    const [total, caption] = [...container.querySelectorAll<SVGTextElement>('.kzt-donut-total text')];
    expect(total?.textContent).toBe('159');
    expect(caption?.textContent).toBe(ru.victimBreakdown.total);
    expect(Number.parseFloat(total?.style.fontSize ?? '0')).toBeGreaterThan(
      Number.parseFloat(caption?.style.fontSize ?? '0'),
    );
    expect(Number(caption?.getAttribute('y'))).toBeGreaterThan(Number(total?.getAttribute('y')));
  });

  it('tells the slices apart by more than colour: accent, a hatched grey, separate labels', () => {
    const { container } = render(<VictimGenderDonut />);
    const [first, second] = [...container.querySelectorAll<SVGPathElement>('.kzt-mark-shape')];
    expect(first?.style.fill).toBe('var(--kzt-accent)');
    const patternId = /url\("?#([^")]+)"?\)/.exec(second?.style.fill ?? '')?.[1];
    const pattern = container.querySelector(`pattern[id="${patternId}"]`);
    expect(pattern?.querySelector('rect')?.getAttribute('style')).toContain('var(--kzt-context)');
    expect(pattern?.querySelector('line')).not.toBeNull();
    expect(container.querySelectorAll('.kzt-slice-label line')).toHaveLength(2);
  });

  it('shows the notes, the source and a description from core', () => {
    render(<VictimGenderDonut />);
    const figure = screen.getByRole('figure');
    // The notes keep their no-break spaces (46,5 %): compared as written, not with spaces collapsed.
    const asWritten = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(within(figure).getByText(ru.victimBreakdown.sexDerivedNote, asWritten)).toBeDefined();
    expect(within(figure).getByText(ru.victimBreakdown.womenChangeNote, asWritten)).toBeDefined();
    expect(figure.querySelector('.kzt-source')?.textContent).toContain(ru.sources.kpsisu);
    const description = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(
      'Кольцевая диаграмма: всего 159 пострадавших. Женщины — 74 (46,5\u00a0%; вычислено); Мужчины — 85 (53,5\u00a0%; вычислено).',
    );
  });

  it('has a data table of groups, counts and shares', () => {
    render(<VictimGenderDonut locale="en" />);
    const table = screen.getByRole('table');
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells).toEqual([
      [en.victimBreakdown.group, en.victimBreakdown.count, en.victimBreakdown.share],
      // Both counts are derived (74 from the reported 46.5 % share, 85 as the difference).
      ['Women', '74 (derived)', '46.5%'],
      ['Men', '85 (derived)', '53.5%'],
    ]);
  });

  it('has no axe violations', async () => {
    const { container } = render(<VictimGenderDonut />);
    const results = await axe(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('VictimGenderDonut: keyboard, hover and touch', () => {
  it('shows the slice’s own label as tooltip on focus, and hides it on blur and Escape', () => {
    const { container } = render(<VictimGenderDonut />);
    const [women] = marks(container);
    if (!women) throw new Error('no marks');
    act(() => women.focus());
    expect(tooltip(container)).toBe(women.getAttribute('aria-label'));
    act(() => women.blur());
    expect(tooltip(container)).toBeNull();
    act(() => women.focus());
    fireEvent.keyDown(women, { key: 'Escape' });
    expect(tooltip(container)).toBeNull();
  });

  it('shows the same tooltip on mouse enter and on touch', () => {
    const { container } = render(<VictimGenderDonut />);
    const men = marks(container)[1];
    if (!men) throw new Error('no second mark');
    fireEvent.mouseEnter(men);
    expect(tooltip(container)).toBe('Мужчины — 85 (53,5\u00a0%)');
    fireEvent.mouseLeave(men);
    expect(tooltip(container)).toBeNull();
    fireEvent.pointerDown(men, { pointerType: 'touch' });
    expect(tooltip(container)).toBe('Мужчины — 85 (53,5\u00a0%)');
  });

  it('keeps the focused slice in place while another is hovered, and nothing else focusable', async () => {
    const { container } = render(<VictimGenderDonut />);
    const [women, men] = marks(container);
    if (!women || !men) throw new Error('no marks');
    act(() => women.focus());
    fireEvent.mouseEnter(men);
    expect(tooltip(container)).toBe(men.getAttribute('aria-label'));
    expect(women.isConnected).toBe(true);
    expect(document.activeElement).toBe(women);
    // Recharts' focusable wrappers lose their tabindex as soon as they appear (a mutation observer).
    await vi.waitFor(() =>
      expect(container.querySelectorAll('.recharts-pie[tabindex], .recharts-pie-sector[tabindex]')).toHaveLength(0),
    );
    expect([...container.querySelectorAll('.kzt-box [tabindex="0"]')]).toEqual([men]);
  });

  it('is one tab stop, and the arrows move between the slices', async () => {
    const user = userEvent.setup();
    const { container } = render(<VictimGenderDonut />);
    const [women, men] = marks(container);
    expect(marks(container).filter((mark) => mark.getAttribute('tabindex') === '0')).toEqual([women]);
    await user.tab();
    expect(document.activeElement).toBe(women);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(men);
    expect(tooltip(container)).toBe(men?.getAttribute('aria-label'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(men);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(women);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(men);
    await user.tab({ shift: true });
    await user.tab();
    expect(document.activeElement).toBe(men);
  });
});

describe('VictimGenderDonut: layout', () => {
  function expectLabelsInside(container: HTMLElement, width: number) {
    const svg = container.querySelector('.kzt-box svg');
    const height = Number(svg?.getAttribute('height'));
    for (const text of container.querySelectorAll<SVGTextElement>('.kzt-slice-label text')) {
      const fontSize = Number.parseFloat(text.style.fontSize);
      const anchor = text.getAttribute('text-anchor');
      for (const span of text.querySelectorAll('tspan')) {
        const x = Number(span.getAttribute('x'));
        const w = textWidth(span.textContent ?? '', fontSize);
        if (anchor === 'end') expect(x - w).toBeGreaterThanOrEqual(0);
        else expect(x + w).toBeLessThanOrEqual(width);
        expect(Number(span.getAttribute('y'))).toBeLessThanOrEqual(height);
        expect(Number(span.getAttribute('y'))).toBeGreaterThan(0);
      }
    }
  }

  it('puts the labels beside the donut at 640 px, one on each side', () => {
    const { container } = render(<VictimGenderDonut breakdown="citizenship" />);
    expect(container.querySelector('.kzt-box svg')?.getAttribute('data-kzt-layout')).toBe('wide');
    const anchors = [...container.querySelectorAll('.kzt-slice-label text')].map((text) =>
      text.getAttribute('text-anchor'),
    );
    expect(anchors.sort()).toEqual(['end', 'start']);
    expectLabelsInside(container, 640);
  });

  it.each([280, 320, 399])('lists the labels under the donut at %i px, each with a swatch of its fill', (width) => {
    stubBoxWidth(width);
    for (const breakdown of ['sex', 'citizenship'] as const) {
      for (const locale of ['ru', 'kk', 'en'] as const) {
        const { container } = render(<VictimGenderDonut locale={locale} breakdown={breakdown} />);
        expect(container.querySelector('.kzt-box svg')?.getAttribute('data-kzt-layout')).toBe('narrow');
        const centre = Number(container.querySelector('.kzt-donut-total text')?.getAttribute('y'));
        const shapes = [...container.querySelectorAll<SVGPathElement>('.kzt-mark-shape')];
        const swatches = [...container.querySelectorAll<SVGRectElement>('.kzt-slice-label rect')];
        expect(swatches.map((swatch) => swatch.style.fill)).toEqual(shapes.map((shape) => shape.style.fill));
        for (const swatch of swatches) expect(Number(swatch.getAttribute('y'))).toBeGreaterThan(centre);
        expect(container.querySelectorAll('.kzt-slice-label line')).toHaveLength(0);
        expectLabelsInside(container, width);
        cleanup();
      }
    }
  });
});

describe('VictimGenderDonut: custom data', () => {
  it('draws the counts it is given, without the bundled notes', () => {
    const data: VictimCounts = { total: 10, women: 4, men: 6, citizens: 9, foreigners: 1 };
    const { container } = render(<VictimGenderDonut locale="en" data={data} />);
    expect(sliceLabels(container)).toEqual(['Women: 4 (40%)', 'Men: 6 (60%)']);
    expect(container.querySelector('.kzt-donut-total text')?.textContent).toBe('10');
    expect(container.querySelector('.kzt-notes')).toBeNull();
  });

  it('names no year in its title and table caption: the counts given carry none', () => {
    const data: VictimCounts = { total: 10, women: 4, men: 6, citizens: 9, foreigners: 1 };
    const { container } = render(<VictimGenderDonut locale="en" data={data} />);
    expect(screen.getByRole('figure', { name: 'Victims of human trafficking by sex' })).toBeDefined();
    expect(container.querySelector('caption')?.textContent).toBe(
      'Victims of human trafficking by sex. Victims of crimes related to human trafficking',
    );
  });

  it('draws a group of zero as a keyboard-reachable slice with its label', () => {
    const data: VictimCounts = { ...bundled, citizens: 159, foreigners: 0 };
    const { container } = render(<VictimGenderDonut locale="en" breakdown="citizenship" data={data} />);
    expect(marks(container)).toHaveLength(2);
    expect(sliceLabels(container)[1]).toBe('Foreign and stateless people: 0 (0%)');
  });
});

describe('VictimGenderDonut: bad props', () => {
  it.each<[string, VictimGenderDonutProps, RegExp]>([
    [
      'an unknown breakdown, naming the valid ones',
      { breakdown: 'age' as VictimBreakdown },
      /Неизвестная разбивка «age». Допустимые: sex, citizenship/,
    ],
    [
      'a negative count',
      { locale: 'en', data: { ...bundled, women: -74 } },
      /“women” must be a finite number of zero or more, got \u221274/,
    ],
    [
      'a NaN count',
      { locale: 'en', data: { ...bundled, men: Number.NaN } },
      /“men” must be a finite number of zero or more, got NaN/,
    ],
    [
      'groups that do not add up to the total',
      { locale: 'en', data: { ...bundled, women: 70 } },
      /The parts add up to 155, which does not match the total 159/,
    ],
    [
      'a total of zero',
      { locale: 'en', data: { total: 0, women: 0, men: 0, citizens: 0, foreigners: 0 } },
      /There is no data to chart \(total\)/,
    ],
    [
      'data that is not an object',
      { locale: 'en', data: 'lots' as unknown as VictimCounts },
      /There is no data to chart \(data\)/,
    ],
  ])('renders an error state for %s inside the figure, warns and calls onError', (_, props, message) => {
    const { alert, warn, onError, container } = renderBad(<VictimGenderDonut {...props} />);
    expect(alert.textContent).toMatch(message);
    expect(container.querySelector('.kzt-box svg')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('VictimGenderDonut'));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('titles the error state after the breakdown asked for', () => {
    const { figure, warn } = renderBad(
      <VictimGenderDonut locale="en" breakdown="citizenship" data={{ ...bundled, citizens: 1 }} />,
    );
    expect(within(figure).getByRole('heading', { name: en.victimBreakdown.titleCitizenship })).toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
