// FigureHeight (internal, for the embed): a figure drawn in the place of a picture takes the height
// the picture held, its chart box giving or taking the difference, within a quarter of the box, at
// the width it was first drawn at.
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';
import { FigureHeight } from '../../packages/react/src/internal.js';
import { mount } from './mount.js';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

const heightOf = (element: Element | null) => element?.getBoundingClientRect().height ?? Number.NaN;

/** The chart drawn in a column `width` px wide, with the height `held` asked for; its figure and chart box once drawn. */
async function draw(chart: ReactElement, held?: number, width = 640) {
  const drawn = await mount(
    <div style={{ width }}>
      <FigureHeight.Provider value={held}>{chart}</FigureHeight.Provider>
    </div>,
    (container) => expect(container.querySelector('figure[data-kzt-drawn]')).not.toBeNull(),
  );
  unmount = drawn.unmount;
  const figure = drawn.container.querySelector('figure');
  const box = drawn.container.querySelector('.kzt-box');
  return { container: drawn.container, figure, box };
}

describe.each([
  ['SlaveryIndexBar', () => <SlaveryIndexBar locale="en" />],
  ['CrimeTrendLine', () => <CrimeTrendLine locale="en" />],
  ['VictimGenderDonut', () => <VictimGenderDonut locale="en" />],
  ['RegionalShare', () => <RegionalShare locale="en" />],
])('%s in the place of something of another height', (_name, chart) => {
  it('takes the height held, its chart box giving or taking the difference, at the width it was drawn at', async () => {
    const natural = await draw(chart());
    const naturalFigure = heightOf(natural.figure);
    const naturalBox = heightOf(natural.box);
    unmount?.();

    for (const difference of [24, -24]) {
      const fitted = await draw(chart(), naturalFigure + difference);
      expect(heightOf(fitted.figure)).toBeCloseTo(naturalFigure + difference, 0);
      expect(heightOf(fitted.box)).toBeCloseTo(naturalBox + difference, 0);
      // The chart is drawn at the box's height, not scaled into it.
      const svg = fitted.box?.querySelector('svg');
      expect(heightOf(svg ?? null)).toBeCloseTo(naturalBox + difference, 0);
      unmount?.();
    }

    const narrower = await draw(chart(), undefined, 600);
    const naturalBoxAt600 = heightOf(narrower.box);
    unmount?.();
    const { container, box } = await draw(chart(), naturalFigure + 24);
    (container.firstElementChild as HTMLElement).style.width = '600px';
    await vi.waitFor(() => expect(heightOf(box)).toBeCloseTo(naturalBoxAt600, 0));
    // Back at its first width (after printing, say), it holds the page's place again.
    (container.firstElementChild as HTMLElement).style.width = '640px';
    await vi.waitFor(() => expect(heightOf(box)).toBeCloseTo(naturalBox + 24, 0));
  });

  it('keeps its own proportions when the height held would take its box more than a quarter out of them', async () => {
    const natural = await draw(chart());
    const naturalFigure = heightOf(natural.figure);
    const naturalBox = heightOf(natural.box);
    unmount?.();
    const { figure } = await draw(chart(), naturalFigure + naturalBox * 0.3);
    expect(heightOf(figure)).toBeCloseTo(naturalFigure, 0);
  });
});
