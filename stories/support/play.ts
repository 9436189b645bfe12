import { expect, userEvent, waitFor, within } from 'storybook/test';
import { chartWarnings } from './console-guard.js';

function tooltipOf(canvasElement: HTMLElement): string | null {
  return canvasElement.querySelector('.kzt-tooltip')?.textContent ?? null;
}

/** The chart's listbox (its SVG) and its marks, once drawn. */
async function marksOf(canvasElement: HTMLElement): Promise<{ list: SVGElement; marks: SVGGElement[] }> {
  const list = await waitFor(
    () => {
      const found = canvasElement.querySelector<SVGElement>('svg[role="listbox"]');
      expect(found, 'the chart draws an SVG listbox').not.toBeNull();
      expect(found?.querySelector('[role="option"]'), 'the listbox holds marks').not.toBeNull();
      return found as SVGElement;
    },
    { timeout: 5000 },
  );
  return { list, marks: [...list.querySelectorAll<SVGGElement>('[role="option"]')] };
}

/**
 * Hovers every mark, then tabs into the chart and walks it with the arrow keys: each time the
 * tooltip (`.kzt-tooltip`) must say exactly what the mark's aria-label says. The chart is one tab
 * stop: Tab leaves it, Shift+Tab comes back to the mark last visited.
 */
export async function exploreMarks(canvasElement: HTMLElement, expectedMarks?: number): Promise<void> {
  const canvas = within(canvasElement);
  const { list, marks } = await marksOf(canvasElement);
  await expect(list).toHaveAccessibleName();
  if (expectedMarks !== undefined) await expect(marks).toHaveLength(expectedMarks);

  // Hover: every mark shows its own text.
  for (const mark of marks) {
    await userEvent.hover(mark);
    await waitFor(() => expect(tooltipOf(canvasElement)).toBe(mark.getAttribute('aria-label')));
  }
  await userEvent.unhover(marks[marks.length - 1] as SVGGElement);
  await waitFor(() => expect(tooltipOf(canvasElement)).toBeNull());

  // Keyboard: Tab reaches the chart's one tab stop; arrows visit every mark.
  (document.activeElement as HTMLElement | null)?.blur?.();
  for (let step = 0; step < 10 && document.activeElement?.getAttribute('role') !== 'option'; step++) {
    await userEvent.tab();
  }
  await expect(document.activeElement?.getAttribute('role')).toBe('option');
  await expect(list.contains(document.activeElement)).toBe(true);
  // The chart's tab stop is the mark last visited (here the last one hovered); Home goes to the first.
  await expect(document.activeElement).toBe(marks[marks.length - 1]);
  await userEvent.keyboard('{Home}');
  await expect(document.activeElement).toBe(marks[0]);
  const seen = new Set<string>();
  for (let index = 0; index < marks.length; index++) {
    const focused = document.activeElement as SVGGElement;
    await waitFor(() => expect(tooltipOf(canvasElement)).toBe(focused.getAttribute('aria-label')));
    seen.add(focused.getAttribute('aria-label') ?? '');
    if (index < marks.length - 1) await userEvent.keyboard('{ArrowDown}');
  }
  await expect(seen.size).toBe(marks.length);
  const last = document.activeElement;
  await userEvent.tab();
  await expect(list.contains(document.activeElement)).toBe(false);
  await waitFor(() => expect(tooltipOf(canvasElement)).toBeNull());
  await userEvent.tab({ shift: true });
  await expect(document.activeElement).toBe(last);
  // Escape hides the tooltip without moving focus.
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(tooltipOf(canvasElement)).toBeNull());
  await expect(canvas.getAllByRole('option', { hidden: true }).length).toBeGreaterThan(0);
}

/** What an error story expects: the text in the figure and the development warning. */
export interface ExpectedError {
  /** Part of the reader-facing message in the figure. */
  message: RegExp;
  /** The development warning the chart writes once (`[kz-trafficking] <Chart>: …`). */
  warning: RegExp;
}

/**
 * The figure shows a readable error instead of a chart, calls `onError`, and, in development, has
 * written its warning on this page.
 */
export async function expectErrorState(
  canvasElement: HTMLElement,
  onError: unknown,
  { message, warning }: ExpectedError,
): Promise<void> {
  const canvas = within(canvasElement);
  const alert = await canvas.findByRole('alert');
  await expect(alert).toHaveTextContent(message);
  await expect(canvasElement.querySelector('svg[role="listbox"]')).toBeNull();
  await expect(canvas.getByRole('figure')).toBeInTheDocument();
  await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.any(Error)));
  // Charts warn in development only (Storybook's dev server and its test run); the static
  // Storybook is a production build, in which no chart writes to the console.
  if (process.env.NODE_ENV === 'production') await expect(chartWarnings()).toEqual([]);
  else await waitFor(() => expect(chartWarnings()).toContainEqual(expect.stringMatching(warning)));
}

/** Presses "show table": the button says it is expanded and the table is no longer visually hidden. */
export async function openTable(canvasElement: HTMLElement, buttonName: RegExp, rows?: number): Promise<void> {
  const canvas = within(canvasElement);
  const button = canvas.getByRole('button', { name: buttonName });
  await userEvent.click(button);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const table = canvas.getByRole('table');
  await waitFor(() => expect(table.parentElement).not.toHaveClass('kzt-visually-hidden'));
  if (rows !== undefined) await expect(within(table).getAllByRole('row').length - 1).toBe(rows);
}

/**
 * Whether the chart's SVG shows `text`. Labels may wrap over several `<tspan>`s, which the DOM joins
 * without a space, so both sides are compared without white space.
 */
export function svgShows(canvasElement: HTMLElement, text: string): boolean {
  const squeeze = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');
  return squeeze(canvasElement.querySelector('svg[role="listbox"]')?.textContent).includes(squeeze(text));
}

/**
 * Text queries that compare a note as written: the catalogues' no-break spaces («ст. 128», `20 %`)
 * stay, where Testing Library's default would turn them into spaces and miss the text.
 */
export const asWritten = { normalizer: (text: string) => text.trim() };
