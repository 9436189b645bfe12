import { cloneElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { chartCases } from '../fixtures/charts.js';

// Animation stays on ('auto'): the reader asks for reduced motion, so the charts must not animate.
const charts = chartCases.map((chart) => ({
  ...chart,
  element: () => cloneElement(chart.render('ru'), { animate: 'auto' }),
}));

let container: HTMLElement;

// A real browser: render as an application would (no act()), then wait for the chart's SVG.
async function mount(element: React.ReactElement): Promise<() => void> {
  container = document.createElement('div');
  // Charts inherit the page's font: test with a wide one (DejaVu Sans on Debian), as a host page may use.
  container.style.fontFamily = 'system-ui, sans-serif';
  document.body.append(container);
  const root = createRoot(container);
  root.render(element);
  await vi.waitFor(() => expect(container.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
  return () => root.unmount();
}

afterEach(() => container?.remove());

describe.each(charts)('$name in Chromium', ({ element, marks, name }) => {
  it.each([320, 480, 656, 768, 1200])('fits a %i px page without overflow', async (width) => {
    await page.viewport(width, 900);
    const unmount = await mount(element());
    const figure = container.querySelector('figure') as HTMLElement;
    const svg = container.querySelector('.kzt-box svg') as SVGSVGElement;
    expect(svg).not.toBeNull();
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
    const box = container.querySelector('.kzt-box') as HTMLElement;
    const boxRect = box.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const rect = text.getBoundingClientRect();
      if (rect.width === 0) continue;
      expect(rect.left, text.textContent ?? '').toBeGreaterThanOrEqual(boxRect.left - 1);
      expect(rect.right, text.textContent ?? '').toBeLessThanOrEqual(boxRect.right + 1);
    }
    unmount();
  });

  it('lets the keyboard reach every mark, each showing its tooltip', async () => {
    await page.viewport(1200, 900);
    const unmount = await mount(element());
    const options = [...container.querySelectorAll('[role="option"]')];
    expect(options).toHaveLength(marks);
    // Start from a control just before the chart, as a reader tabbing through the page would.
    const before = document.createElement('button');
    before.textContent = 'before';
    container.prepend(before);
    before.focus();
    await userEvent.tab();
    const seen: string[] = [];
    for (let index = 0; index < marks; index++) {
      const active = document.activeElement;
      expect(active?.getAttribute('role')).toBe('option');
      const tooltip = container.querySelector('.kzt-tooltip')?.textContent;
      expect(tooltip).toBe(active?.getAttribute('aria-label'));
      seen.push(tooltip ?? '');
      await userEvent.keyboard('{ArrowDown}');
    }
    expect(new Set(seen).size).toBe(marks);
    unmount();
  });

  // The box clips what overflows it: a tooltip must be placed wholly inside, also at the edges.
  it.each([320, 1200])('shows each tooltip whole, inside the chart box, at %i px', async (width) => {
    await page.viewport(width, 900);
    const unmount = await mount(element());
    const box = (container.querySelector('.kzt-box') as HTMLElement).getBoundingClientRect();
    for (const mark of container.querySelectorAll<SVGGElement>('[role="option"]')) {
      mark.focus();
      await vi.waitFor(() =>
        expect(container.querySelector('.kzt-tooltip')?.textContent).toBe(mark.getAttribute('aria-label')),
      );
      const tooltip = container.querySelector('.kzt-tooltip') as HTMLElement;
      const rect = tooltip.getBoundingClientRect();
      const label = tooltip.textContent ?? '';
      expect(rect.left, label).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(rect.right, label).toBeLessThanOrEqual(box.right + 0.5);
      expect(rect.top, label).toBeGreaterThanOrEqual(box.top - 0.5);
      expect(rect.bottom, label).toBeLessThanOrEqual(box.bottom + 0.5);
    }
    unmount();
  });

  it('does not animate under prefers-reduced-motion', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const unmount = await mount(element());
    const first = container.querySelector('.kzt-mark-shape') as SVGGraphicsElement;
    const before = first.getBoundingClientRect().width;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.isConnected && first.getBoundingClientRect().width).toBe(before);
    expect(before).toBeGreaterThan(0);
    unmount();
  });

  it('downloads a PNG of the whole figure', async () => {
    await page.viewport(1200, 900);
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob && blob.type === 'image/png') blobs.push(blob);
      return createObjectURL(blob);
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const unmount = await mount(element());
    const figure = container.querySelector('figure') as HTMLElement;
    const button = [...container.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === 'Скачать PNG',
    );
    expect(button, name).toBeDefined();
    button?.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 5000 });
    const image = await createImageBitmap(blobs[0] as Blob);
    const chartHeight = (container.querySelector('.kzt-box') as HTMLElement).getBoundingClientRect().height;
    expect(image.width).toBeGreaterThanOrEqual(figure.getBoundingClientRect().width);
    expect(image.height).toBeGreaterThan(chartHeight * 2);
    unmount();
  });

  it('hydrates server-rendered markup without a warning', async () => {
    const html = renderToString(element());
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const boxBefore = (container.querySelector('.kzt-box') as HTMLElement).getBoundingClientRect().height;
    const root = hydrateRoot(container, element());
    // Drawn only once hydrated: the map's marks are in the server's HTML already.
    await vi.waitFor(() => expect(container.querySelector('figure[data-kzt-drawn]')).not.toBeNull());
    expect(container.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull();
    expect((container.querySelector('.kzt-box') as HTMLElement).getBoundingClientRect().height).toBe(boxBefore);
    root.unmount();
  });
});

describe('theming by the host page in Chromium', () => {
  const brand = '#00427a';
  let hostStyle: HTMLStyleElement;

  afterEach(() => hostStyle?.remove());

  function hostCss(css: string): void {
    hostStyle = document.createElement('style');
    hostStyle.textContent = css;
    document.head.append(hostStyle);
  }

  it.each([
    ['on .kzt-figure', '.kzt-figure', undefined],
    ['through className', '.brand', 'brand'],
  ])('restyles every theme with a token set %s', async (_, selector, className) => {
    hostCss(`${selector}{--kzt-accent:${brand}}`);
    for (const theme of ['light', 'dark', 'auto'] as const) {
      const unmount = await mount(cloneElement(charts[0]?.element() ?? <div />, { theme, className }));
      const figure = container.querySelector('figure') as HTMLElement;
      expect(getComputedStyle(figure).getPropertyValue('--kzt-accent').trim(), theme).toBe(brand);
      unmount();
      container.remove();
    }
  });

  it("keeps the host's tokens in the downloaded SVG", async () => {
    hostCss(`.kzt-figure{--kzt-accent:${brand}}`);
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob && blob.type.startsWith('image/svg+xml')) files.push(blob);
      return createObjectURL(blob);
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const unmount = await mount(charts[0]?.element() ?? <div />);
    [...container.querySelectorAll('button')].find((button) => button.textContent === 'Скачать SVG')?.click();
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const svg = await (files[0] as Blob).text();
    expect(svg).toContain(`--kzt-accent:${brand}`);
    unmount();
  });
});
