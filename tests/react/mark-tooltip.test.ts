import { describe, expect, it } from 'vitest';
import { tooltipPosition } from '../../packages/react/src/marks/MarkTooltip.js';

const box = { width: 320, height: 200 };
const tooltip = { width: 100, height: 40 };

describe('tooltipPosition', () => {
  it('centres the tooltip above its mark, 8 px away', () => {
    expect(tooltipPosition({ x: 160, y: 100 }, tooltip, box)).toEqual({ left: 110, top: 52 });
  });

  it('moves it sideways to stay inside the box at either edge', () => {
    expect(tooltipPosition({ x: 10, y: 100 }, tooltip, box).left).toBe(0);
    expect(tooltipPosition({ x: 315, y: 100 }, tooltip, box).left).toBe(220);
  });

  it('puts it under the mark where there is no room above', () => {
    expect(tooltipPosition({ x: 160, y: 20, bottom: 30 }, tooltip, box).top).toBe(38);
    expect(tooltipPosition({ x: 160, y: 20 }, tooltip, box).top).toBe(28);
  });

  it('keeps it inside the box when there is room on neither side', () => {
    expect(tooltipPosition({ x: 160, y: 30, bottom: 190 }, tooltip, box).top).toBe(160);
    expect(tooltipPosition({ x: 160, y: 30 }, { width: 400, height: 300 }, box)).toEqual({ left: 0, top: 0 });
  });
});
