import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { RegionalShare } from '../../packages/react/src/index.js';

// The map is drawn on the server (d3-geo needs no effects): a Next.js page shows it before, and
// without, JavaScript, at 640 px scaled to the box by its viewBox until the box is measured.
let container: HTMLElement;

afterEach(() => container?.remove());

function serverRendered(): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = renderToString(<RegionalShare locale="en" />);
  document.body.append(container);
  return container;
}

const rect = (selector: string) => (container.querySelector(selector) as Element).getBoundingClientRect();

describe('RegionalShare rendered on the server, in Chromium', () => {
  it.each([375, 1200])('fills its reserved box at %i px before any script runs', async (width) => {
    await page.viewport(width, 900);
    serverRendered();
    const box = rect('.kzt-box');
    const map = rect('.kzt-box > svg');
    expect(box.width).toBeGreaterThan(width - 40);
    expect(Math.abs(map.width - box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(map.height - box.height)).toBeLessThanOrEqual(1);
    // Every unit is there to see, not only the box.
    const almaty = (container.querySelector('[data-kzt-code="KZ-75"]') as SVGGraphicsElement).getBoundingClientRect();
    expect(almaty.width).toBeGreaterThan(0);
  });

  it('hydrates to the measured width without a warning or a change of box', async () => {
    await page.viewport(375, 900);
    serverRendered();
    const before = rect('.kzt-box');
    const root = hydrateRoot(container, <RegionalShare locale="en" />);
    await vi.waitFor(() => expect(container.querySelector('figure[data-kzt-drawn]')).not.toBeNull());
    const svg = container.querySelector('.kzt-box > svg') as SVGSVGElement;
    await vi.waitFor(() => expect(svg.getAttribute('width')).toBe(String(Math.floor(before.width))));
    expect(container.querySelector('.kzt-box')?.hasAttribute('data-kzt-scaled')).toBe(false);
    const after = rect('.kzt-box');
    expect(after.height).toBe(before.height);
    expect(after.width).toBe(before.width);
    root.unmount();
  });
});
