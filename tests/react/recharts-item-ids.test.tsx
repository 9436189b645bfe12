import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrimeTrendLine, SlaveryIndexBar } from '../../packages/react/src/index.js';

const itemIds = (container: HTMLElement) =>
  [...container.querySelectorAll('[id^="kzt-"]')]
    .map((element) => element.id)
    .filter((id) => /^kzt-(bar|line|pie)\d/.test(id));

// Recharts' graphical items are named by us, not after a new useId per mount: the names are
// unique among the charts on the page and reused once a chart is gone (see marks/rechartsItemId.ts).
describe('the ids of Recharts items', () => {
  it('are unique among the charts on a page', () => {
    const { container } = render(
      <>
        <CrimeTrendLine animate={false} />
        <CrimeTrendLine animate={false} />
        <SlaveryIndexBar animate={false} />
      </>,
    );
    const ids = itemIds(container);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are reused after a chart unmounts, so that a long read adds none', () => {
    const first = render(<CrimeTrendLine animate={false} />);
    const before = itemIds(first.container);
    first.unmount();
    const second = render(<CrimeTrendLine animate={false} />);
    expect(itemIds(second.container)).toEqual(before);
  });
});
