import { expect } from 'vitest';
import { commands } from 'vitest/browser';

/**
 * Every chart listbox under `root` is, in Chromium's computed accessibility tree, a listbox of the
 * same name exposing exactly its DOM marks as options, in order, and nothing else.
 */
export async function expectMarksExposed(root: ParentNode): Promise<void> {
  const { listboxes } = await commands.axTree();
  const domListboxes = [...root.querySelectorAll('[role="listbox"]')];
  expect(
    listboxes.map((listbox) => listbox.name),
    'listboxes',
  ).toEqual(domListboxes.map((list) => list.getAttribute('aria-label')));
  for (const [index, listbox] of listboxes.entries()) {
    const marks = [...(domListboxes[index]?.querySelectorAll('[role="option"]') ?? [])];
    expect(listbox.options, `${listbox.name}: options`).toEqual(marks.map((mark) => mark.getAttribute('aria-label')));
    expect(listbox.others, `${listbox.name}: exposed besides the options`).toEqual([]);
  }
}
