// Server commands of the browser tests (vitest `browser.commands`): they run in Node beside the test
// page and reach Chromium itself through playwright-core, as a screen reader's browser computes it.
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import type { BrowserCommand } from 'vitest/node';
import { compareSnapshotFile, type SnapshotOutcome } from '../../helpers/snapshot-file.js';
import { type AXNode, type AxTreeReport, axTreeReport } from './ax-format.js';

const snapshotDir = resolve(import.meta.dirname, '../__snapshots__');

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function frameId(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const found = frameId(child, url);
    if (found) return found;
  }
  return undefined;
}

/** The computed tree of the test's frame (the iframe the test runs in), from Chromium over CDP. */
async function computedTree(page: Parameters<BrowserCommand>[0]['page'], frame: Frame): Promise<AXNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const id = frameId(frameTree, frame.url());
    if (!id) throw new Error(`No frame at ${frame.url()}`);
    const { nodes } = await session.send('Accessibility.getFullAXTree', { frameId: id });
    return nodes;
  } finally {
    await session.detach();
  }
}

/** Every figure of the test page as Chromium's accessibility tree gives it to a screen reader. */
const axTree: BrowserCommand<[]> = async (context): Promise<AxTreeReport> =>
  axTreeReport(await computedTree(context.page, await context.frame()));

/** Compares the page's figures' tree with `__snapshots__/<name>.ax.txt` (`UPDATE_SNAPSHOTS=1` rewrites it). */
const axSnapshot: BrowserCommand<[name: string]> = async (context, name): Promise<SnapshotOutcome> => {
  const { text } = axTreeReport(await computedTree(context.page, await context.frame()));
  return compareSnapshotFile(
    resolve(snapshotDir, `${name}.ax.txt`),
    resolve(snapshotDir, `${name}.ax.actual.txt`),
    text,
  );
};

/** Emulates Windows High Contrast (`forced-colors: active`) in a light or dark palette, or ends it. */
const forcedColors: BrowserCommand<[scheme: 'light' | 'dark' | null]> = async (context, scheme) => {
  await context.page.emulateMedia(
    scheme ? { forcedColors: 'active', colorScheme: scheme } : { forcedColors: 'none', colorScheme: null },
  );
};

export const browserCommands = { axTree, axSnapshot, forcedColors };

declare module 'vitest/browser' {
  interface BrowserCommands {
    axTree: () => Promise<AxTreeReport>;
    axSnapshot: (name: string) => Promise<SnapshotOutcome>;
    forcedColors: (scheme: 'light' | 'dark' | null) => Promise<void>;
  }
}
