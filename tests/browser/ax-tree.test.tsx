// What a screen reader is given: Chromium's computed accessibility tree of every chart (CDP
// `Accessibility.getFullAXTree`, tests/browser/commands), not the DOM that axe reads. The snapshots
// are tests/browser/__snapshots__/<chart>.<locale>.ax.txt: a changed tree is written beside its
// snapshot as <name>.ax.actual.txt for review, and the test fails; after a deliberate change (a text,
// a prop), `UPDATE_SNAPSHOTS=1 pnpm exec vitest run --project browser tests/browser/ax-tree.test.tsx`
// rewrites them.
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { Locale } from '../../packages/core/src/index.js';
import { chartCases } from '../fixtures/charts.js';
import { expectMarksExposed } from './expect-marks-exposed.js';
import { mount } from './mount.js';

const locales: readonly Locale[] = ['ru', 'kk', 'en'];
let unmount: (() => void) | undefined;

/** The chart, once its SVG holds all its marks. */
async function mountChart(element: ReactElement, marks: number) {
  const mounted = await mount(element, (container) =>
    expect(container.querySelectorAll('.kzt-box svg .kzt-mark')).toHaveLength(marks),
  );
  unmount = mounted.unmount;
  return mounted;
}

afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe.each(chartCases)('$name in the computed accessibility tree', ({ name, render, marks }) => {
  it.each(locales)('%s: the figure matches its snapshot; every mark is an option', async (locale) => {
    await page.viewport(800, 900);
    await mountChart(render(locale), marks);
    const { listboxes } = await commands.axTree();
    expect(listboxes.map((listbox) => listbox.options.length)).toEqual([marks]);
    await expectMarksExposed(document.body);
    const snapshot = await commands.axSnapshot(`${name}.${locale}`);
    expect(snapshot.matches, snapshot.message).toBe(true);
  });

  it.each([320, 1200])('exposes every mark at %i px', async (width) => {
    await page.viewport(width, 900);
    const mounted = await mountChart(render('ru'), marks);
    await expectMarksExposed(mounted.container);
  });

  it('follows the focus from option to option; the table toggle says whether it is expanded', async () => {
    await page.viewport(800, 900);
    const mounted = await mountChart(render('en'), marks);
    const labels = [...mounted.container.querySelectorAll('[role="option"]')].map((mark) =>
      mark.getAttribute('aria-label'),
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    mounted.container.prepend(before);
    before.focus();
    await userEvent.tab();
    for (const label of labels.slice(0, 2)) {
      await vi.waitFor(async () => {
        const report = await commands.axTree();
        expect(report.focusedOption).toBe(label);
        expect(report.listboxes[0]?.selected).toEqual([label]);
      });
      await userEvent.keyboard('{ArrowDown}');
    }
    const toggle = mounted.container.querySelector<HTMLButtonElement>('button[aria-expanded]');
    expect(toggle).not.toBeNull();
    expect((await commands.axTree()).text).toContain(`button "${toggle?.textContent}" expanded=false`);
    toggle?.click();
    await vi.waitFor(async () => expect((await commands.axTree()).text).toMatch(/button "[^"]+" expanded=true/));
  });

  it('exposes its error state', async () => {
    // The chart warns of what it cannot draw (once per page and message: the two donuts share one).
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    ({ unmount } = await mount(cloneElement(render('en'), { height: -1 }), (container) =>
      expect(container.querySelector('[role="alert"]')).not.toBeNull(),
    ));
    const snapshot = await commands.axSnapshot(`${name}.error.en`);
    expect(snapshot.matches, snapshot.message).toBe(true);
  });
});
