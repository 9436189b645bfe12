import { render, screen, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { vi } from 'vitest';
import type { CommonChartProps } from '../../../packages/react/src/index.js';

/** The text of the tooltip shown now, or null. */
export function tooltip(container: HTMLElement): string | null {
  return container.querySelector('.kzt-tooltip')?.textContent ?? null;
}

/** The chart's keyboard marks, in order. */
export function marks(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-kzt-mark]')];
}

/**
 * Renders a chart with props it cannot chart: the expected development warning is captured, and
 * the figure, its alert and the `onError` spy are returned.
 */
export function renderBad(element: ReactElement<CommonChartProps>) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const onError = vi.fn();
  const utils = render(cloneElement(element, { onError }));
  const figure = screen.getByRole('figure');
  return { ...utils, warn, onError, figure, alert: within(figure).getByRole('alert') };
}
