import { describe, expect, it } from 'vitest';
import { overlaps, type Rect } from '../../packages/react/src/marks/geometry.js';
import { separateLabels } from '../../packages/react/src/marks/separateLabels.js';

const bounds = { top: 0, bottom: 300 };
const box = (x: number, y: number, height = 20, width = 60): Rect => ({ x, y, width, height });
const movedTo = (boxes: readonly Rect[], tops: readonly number[]) => boxes.map((b, i) => ({ ...b, y: tops[i] ?? b.y }));

function expectApart(boxes: readonly Rect[], gap: number): void {
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      expect(overlaps({ ...a, height: a.height + gap }, b) || overlaps({ ...b, height: b.height + gap }, a)).toBe(
        false,
      );
    }
  }
}

describe('separateLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    const boxes = [box(0, 10), box(0, 100), box(200, 12)];
    expect(separateLabels(boxes, bounds, 4)).toEqual([10, 100, 12]);
  });

  it('stacks a column of colliding labels in the order of their places, around them, with the gap', () => {
    const boxes = [box(0, 102), box(0, 100), box(0, 104)];
    const tops = separateLabels(boxes, bounds, 4);
    expectApart(movedTo(boxes, tops), 4);
    // Order kept: the one wanted highest stays highest.
    expect(tops[1]).toBeLessThan(tops[0] ?? 0);
    expect(tops[0]).toBeLessThan(tops[2] ?? 0);
    // Centred on where they wanted to be: the middle one stays put.
    expect(tops[0]).toBeCloseTo(102);
  });

  it('keeps the stack inside the bounds, pushing it away from an edge', () => {
    const boxes = [box(0, 290), box(0, 292)];
    const tops = separateLabels(boxes, bounds, 4);
    expectApart(movedTo(boxes, tops), 4);
    for (const [index, top] of tops.entries()) {
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top + (boxes[index]?.height ?? 0)).toBeLessThanOrEqual(300);
    }
  });

  it('joins groups that collide once stacked, until no two labels overlap', () => {
    const boxes = [box(0, 100), box(0, 105), box(0, 130), box(0, 135)];
    expectApart(movedTo(boxes, separateLabels(boxes, bounds, 2)), 2);
  });
});
