import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrimeTrendLine, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';

let container: HTMLElement;
afterEach(() => container?.remove());

// A reader who tabs into a chart while it first animates: at the animation's end the focus stays on
// that mark, and its tooltip goes with the focus (not left behind by a replaced element).
describe.each([
  ['SlaveryIndexBar', () => <SlaveryIndexBar locale="en" animate />],
  ['CrimeTrendLine', () => <CrimeTrendLine locale="en" animate />],
  ['VictimGenderDonut', () => <VictimGenderDonut locale="en" animate />],
])('%s focused during its first animation', (_name, element) => {
  it('keeps the focus on the mark through the animation’s end, and hides the tooltip on blur', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(element());
    await vi.waitFor(() => expect(container.querySelector('.kzt-box svg [role="option"]')).not.toBeNull());
    expect(container.querySelector('figure')?.hasAttribute('data-kzt-drawn')).toBe(false);
    const mark = container.querySelector<SVGElement>('.kzt-box svg [role="option"]') as SVGElement;
    mark.focus();
    await vi.waitFor(() => expect(container.querySelector('.kzt-tooltip')).not.toBeNull());
    await vi.waitFor(() => expect(container.querySelector('figure[data-kzt-drawn]')).not.toBeNull(), { timeout: 5000 });
    // The same mark holds the focus: its element, or the one Recharts drew in its place.
    const focused = document.activeElement as SVGElement;
    expect(focused.getAttribute('data-kzt-mark')).toBe(mark.getAttribute('data-kzt-mark'));
    expect(focused.isConnected).toBe(true);
    focused.blur();
    await vi.waitFor(() => expect(container.querySelector('.kzt-tooltip')).toBeNull());
    root.unmount();
  });
});
