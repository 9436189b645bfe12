import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { vi } from 'vitest';

/**
 * Renders `element` as an application would (no act()) and waits until `ready` (an assertion on the
 * container) passes.
 */
export async function mount(
  element: ReactElement,
  ready: (container: HTMLElement) => void,
): Promise<{ container: HTMLElement; unmount: () => void }> {
  const container = document.createElement('div');
  // Charts inherit the page's font: test with a wide one (DejaVu Sans on Debian), as a host page may use.
  container.style.fontFamily = 'system-ui, sans-serif';
  document.body.append(container);
  const root = createRoot(container);
  root.render(element);
  await vi.waitFor(() => ready(container));
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}
