import type { Rect } from './geometry.js';

interface Group {
  /** Indices of the boxes it stacks, top to bottom in the order of their wanted places. */
  members: number[];
  top: number;
}

/**
 * New tops for label boxes so that no two overlap. Boxes that collide (overlapping across, and
 * nearer than `gap` up and down) are stacked in the order of their wanted places, as a group as
 * close to those places as `[top, bottom]` allows; groups that then collide are stacked together,
 * until none does. A label that is alone keeps its place. The one collision rule of every chart:
 * the line's end labels (one column) and the map's labels (scattered).
 */
export function separateLabels(boxes: readonly Rect[], bounds: { top: number; bottom: number }, gap: number): number[] {
  const tops = boxes.map((box) => box.y);
  const heightOf = (index: number) => boxes[index]?.height ?? 0;
  const wanted = (index: number) => boxes[index]?.y ?? 0;
  const place = (group: Group) => {
    const offsets: number[] = [];
    let height = 0;
    for (const member of group.members) {
      offsets.push(height);
      height += heightOf(member) + gap;
    }
    height -= gap;
    // The stack's top that moves its members least (on average), kept inside the bounds.
    const ideal = group.members.reduce((sum, member, index) => sum + wanted(member) - (offsets[index] ?? 0), 0);
    const free = Math.max(bounds.top, bounds.bottom - height);
    group.top = Math.min(Math.max(ideal / group.members.length, bounds.top), free);
    group.members.forEach((member, index) => {
      tops[member] = group.top + (offsets[index] ?? 0);
    });
  };
  const collide = (a: number, b: number) => {
    const boxA = boxes[a];
    const boxB = boxes[b];
    if (!boxA || !boxB) return false;
    const across = boxA.x < boxB.x + boxB.width && boxB.x < boxA.x + boxA.width;
    const topA = tops[a] ?? 0;
    const topB = tops[b] ?? 0;
    return across && topA < topB + boxB.height + gap && topB < topA + boxA.height + gap;
  };
  const groups: Group[] = boxes.map((box, index) => ({ members: [index], top: box.y }));
  for (const group of groups) place(group);
  for (;;) {
    const pair = findColliding(groups, collide);
    if (!pair) return tops;
    const [first, second] = pair;
    const merged: Group = {
      members: [...first.members, ...second.members].sort((a, b) => wanted(a) - wanted(b) || a - b),
      top: 0,
    };
    place(merged);
    groups.splice(groups.indexOf(first), 1);
    groups.splice(groups.indexOf(second), 1, merged);
  }
}

function findColliding(groups: readonly Group[], collide: (a: number, b: number) => boolean): [Group, Group] | null {
  for (const [index, group] of groups.entries()) {
    for (const other of groups.slice(index + 1)) {
      if (group.members.some((a) => other.members.some((b) => collide(a, b)))) return [group, other];
    }
  }
  return null;
}
