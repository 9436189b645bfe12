// Windows High Contrast (`forced-colors: active`), emulated in Chromium in a light and a dark palette:
// marks, the highlight, the hatches, labels and the focus ring stay visible in the reader's colours.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { contrastRatio } from '../../stories/docs/contrast.js';
import { chartCases } from '../fixtures/charts.js';
import { mount } from './mount.js';

let unmount: (() => void) | undefined;

afterEach(async () => {
  unmount?.();
  unmount = undefined;
  await commands.forcedColors(null);
});

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba | null {
  const channels = value
    .match(/^rgba?\(([^)]+)\)$/)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!channels || channels.length < 3) return null;
  const [r = 0, g = 0, b = 0, a = 1] = channels;
  return [r, g, b, a];
}

/** `colour` as #rrggbb, painted over the opaque `background`. */
function over(colour: Rgba, background: Rgba): string {
  const alpha = colour[3];
  const hex = [0, 1, 2].map((index) => {
    const channel = Math.round((colour[index] ?? 0) * alpha + (background[index] ?? 0) * (1 - alpha));
    return channel.toString(16).padStart(2, '0');
  });
  return `#${hex.join('')}`;
}

/** The colours an SVG shape paints with: its fill and stroke, or those of the pattern it is filled with. */
function paints(shape: Element): string[] {
  const style = getComputedStyle(shape);
  const colours = [style.fill, style.stroke];
  const pattern = style.fill.match(/url\("?#([^")]+)"?\)/)?.[1];
  if (pattern) {
    for (const part of shape.ownerDocument.getElementById(pattern)?.querySelectorAll('*') ?? []) {
      const partStyle = getComputedStyle(part);
      colours.push(partStyle.fill, partStyle.stroke);
    }
  }
  return colours;
}

/** The best contrast any of `colours` has with `background` (1 when none is a colour). */
function bestContrast(colours: readonly string[], background: Rgba): number {
  const ratios = colours.flatMap((value) => {
    const colour = parseColour(value);
    return colour && colour[3] > 0 ? [contrastRatio(over(colour, background), over(background, background))] : [];
  });
  return Math.max(1, ...ratios);
}

describe.each(chartCases)('$name in forced colours', ({ render, marks }) => {
  it.each(['light', 'dark'] as const)('keeps marks, labels and focus visible in the %s palette', async (scheme) => {
    await page.viewport(800, 900);
    await commands.forcedColors(scheme);
    const mounted = await mount(render('en'), (container) =>
      expect(container.querySelectorAll('.kzt-box svg .kzt-mark')).toHaveLength(marks),
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const figure = container.querySelector('figure') as HTMLElement;
    const background = parseColour(getComputedStyle(figure).backgroundColor) as Rgba;
    expect(background, 'the figure has the system background').not.toBeNull();

    for (const shape of container.querySelectorAll('.kzt-mark-shape')) {
      const label = shape.closest('[role="option"]')?.getAttribute('aria-label') ?? '';
      expect(bestContrast(paints(shape), background), label).toBeGreaterThanOrEqual(3);
    }
    for (const text of container.querySelectorAll('.kzt-box svg text')) {
      if (!text.textContent?.trim()) continue;
      expect(bestContrast([getComputedStyle(text).fill], background), text.textContent).toBeGreaterThanOrEqual(4.5);
    }

    const before = document.createElement('button');
    before.textContent = 'before';
    container.prepend(before);
    before.focus();
    await userEvent.tab();
    const focused = document.activeElement as Element;
    expect(focused.getAttribute('role')).toBe('option');
    await vi.waitFor(() => expect(getComputedStyle(focused).outlineStyle).toBe('solid'));
    expect(bestContrast([getComputedStyle(focused).outlineColor], background)).toBeGreaterThanOrEqual(3);
    const tooltip = container.querySelector('.kzt-tooltip') as HTMLElement;
    expect(
      bestContrast([getComputedStyle(tooltip).borderTopColor], background),
      'tooltip border',
    ).toBeGreaterThanOrEqual(3);
  });
});
