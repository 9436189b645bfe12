import { act, type ComponentType, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What one render produced. */
export interface Outcome {
  /**
   * `chart`: a figure with an SVG in its measured chart box; `frame`: a figure with its unmeasured
   * chart box — empty, or holding the map drawn at its server width (`data-kzt-scaled`) — and no
   * alert; `error-state`: a figure with `role="alert"` and no chart.
   */
  kind: 'chart' | 'frame' | 'error-state' | 'broken';
  container: HTMLElement;
  /** Errors that escaped the component (thrown by render, or reported to the root as uncaught). */
  escaped: unknown[];
  /** Errors a chart's own error boundary caught while drawing (React reports them to the root). */
  caught: unknown[];
  unmount: () => void;
}

/**
 * Renders `element` into a detached container with `react-dom/client` inside `act` — cheaper than
 * Testing Library's render — and classifies what came out: the chart (a figure with an SVG in its
 * chart box), the error state (a figure with `role="alert"`), or something broken.
 */
export function renderOutcome(element: ReactElement): Outcome {
  const container = document.createElement('div');
  const escaped: unknown[] = [];
  const caught: unknown[] = [];
  const root = createRoot(container, {
    onUncaughtError: (error) => escaped.push(error),
    onCaughtError: (error) => caught.push(error),
    onRecoverableError: (error) => escaped.push(error),
  });
  try {
    act(() => root.render(element));
  } catch (error) {
    escaped.push(error);
  }
  const figures = container.querySelectorAll('figure');
  const figure = figures[0];
  let kind: Outcome['kind'] = 'broken';
  if (figures.length === 1 && figure && escaped.length === 0) {
    const alert = figure.querySelector('[role="alert"]');
    const box = figure.querySelector('.kzt-box');
    const chart = box?.querySelector('svg');
    const unmeasured = box?.hasAttribute('data-kzt-scaled') || box?.childElementCount === 0;
    if (alert && !box) kind = 'error-state';
    else if (chart && !alert && boxWidth > 0) kind = 'chart';
    else if (box && unmeasured && !alert && boxWidth === 0) kind = 'frame';
  }
  return {
    kind,
    container,
    escaped,
    caught,
    unmount: () => {
      try {
        act(() => root.unmount());
      } catch (error) {
        escaped.push(error);
      }
    },
  };
}

let boxWidth = 640;

/**
 * Makes every element measure `width` px, through getBoundingClientRect and ResizeObserver (jsdom
 * lays nothing out). At 0 a figure is built (ChartShell, compute, ChartFrame) but its chart is not
 * drawn: the cheap path of the fuzz tests. Undo with `vi.restoreAllMocks()` and `vi.unstubAllGlobals()`.
 */
export function measureAs(width: number): void {
  boxWidth = width;
  const rect = () =>
    ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: boxWidth,
      bottom: 0,
      width: boxWidth,
      height: 0,
      toJSON: () => ({}),
    }) as DOMRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(rect);
  class MeasuredResizeObserver implements ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      this.callback([{ target, contentRect: rect() } as ResizeObserverEntry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  vi.stubGlobal('ResizeObserver', MeasuredResizeObserver);
}

/** Changes the width `measureAs` reports, for the next render. */
export function setWidth(width: number): void {
  boxWidth = width;
}

/**
 * Spies on the console for a fuzz run: warnings are expected (an error state warns once, by design)
 * and silenced; errors are collected for the test to assert on.
 */
export function watchConsole(): { errors: string[]; warnings: () => number } {
  const errors: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
  return { errors, warnings: () => warn.mock.calls.length };
}

/** A short description of a value for failure messages. */
export function show(value: unknown): string {
  try {
    const json = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' && !Number.isFinite(item)
        ? String(item)
        : typeof item === 'bigint' || typeof item === 'symbol' || typeof item === 'function'
          ? String(item)
          : item,
    );
    return json && json.length > 600 ? `${json.slice(0, 600)}…` : String(json);
  } catch {
    return String(value);
  }
}

const errorTexts = (errors: readonly unknown[]) => errors.map((error) => String(error).slice(0, 300)).join(' | ');

/**
 * Renders one generated case and asserts that it ended well — nothing escaped, nothing reached the
 * error boundary, no console.error, and the error state (only it) reported to `onError` once —
 * then returns how it ended. `inspect` sees the rendered container before it is unmounted.
 */
export function checkOutcome(
  // biome-ignore lint/suspicious/noExplicitAny: generated props are deliberately untyped.
  Chart: ComponentType<any>,
  name: string,
  props: Record<string, unknown>,
  errors: string[],
  inspect?: (container: HTMLElement, context: string) => void,
): Outcome['kind'] {
  errors.length = 0;
  const onError = vi.fn();
  const outcome = renderOutcome(<Chart {...props} onError={onError} />);
  const { kind, escaped, caught } = outcome;
  const context = `${name} ${show(props)}`;
  inspect?.(outcome.container, context);
  outcome.unmount();
  expect(escaped, `escaped the component (${errorTexts(escaped)}): ${context}`).toEqual([]);
  expect(caught, `reached the error boundary (${errorTexts(caught)}): ${context}`).toEqual([]);
  expect(errors, `console.error (${errorTexts(errors)}): ${context}`).toEqual([]);
  expect(kind, context).not.toBe('broken');
  // The error state reports its error to the host once; a chart reports none.
  if (kind === 'error-state') expect(onError, context).toHaveBeenCalledOnce();
  else expect(onError, context).not.toHaveBeenCalled();
  return kind;
}
