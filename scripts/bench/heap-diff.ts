// Tells a leak from a cache: mounts, draws and unmounts one benchmark case many times, takes a heap
// snapshot after each round, and prints what the new snapshot holds that the previous did not, by
// kind and constructor, and what keeps the first retained Recharts item id alive. A cache stops
// growing after some rounds; a leak grows by the same amount every round.
// Usage (after `pnpm bench` has built its page once, or on its own):
//   tsx scripts/bench/heap-diff.ts [case, default crime-trend-line:ours] [rounds, 3] [cycles per round, 150]
import { launchBenchBrowser, openBenchPage } from './browser-page.js';
import {
  dropCollectedTargets,
  groupOf,
  type HeapSnapshot,
  heapNodes,
  rechartsItemId,
  retainerPath,
  takeHeapSnapshot,
} from './heap-snapshot.js';

function totals(heap: HeapSnapshot): Map<string, { count: number; bytes: number }> {
  const groups = new Map<string, { count: number; bytes: number }>();
  for (const node of heapNodes(heap)) {
    const group = groups.get(groupOf(node)) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += node.selfSize;
    groups.set(groupOf(node), group);
  }
  return groups;
}

const itemIds = (heap: HeapSnapshot, since?: HeapSnapshot) =>
  heapNodes(heap, since).filter((node) => node.type === 'string' && rechartsItemId.test(node.name));

function report(before: HeapSnapshot, after: HeapSnapshot, cycles: number): string[] {
  const old = totals(before);
  const rows = [...totals(after)].map(([label, group]) => ({
    label,
    count: group.count - (old.get(label)?.count ?? 0),
    bytes: group.bytes - (old.get(label)?.bytes ?? 0),
  }));
  const growth = rows.reduce((sum, row) => sum + row.bytes, 0);
  const ids = itemIds(after).length - itemIds(before).length;
  const lines = [
    `  heap growth ${growth} B (${(growth / cycles).toFixed(0)} B per cycle); Recharts item ids ${ids >= 0 ? '+' : ''}${ids}`,
    ...rows
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12)
      .map((row) => `  ${String(row.bytes).padStart(9)} B ${String(row.count).padStart(6)}×  ${row.label}`),
  ];
  const [sample] = itemIds(after, before);
  if (sample) {
    lines.push(`  what keeps "${sample.name}" alive:`);
    lines.push(...retainerPath(after, sample.at).map((step, depth) => `  ${'  '.repeat(depth)}<- ${step}`));
  }
  return lines;
}

const [id = 'crime-trend-line:ours', roundsText = '3', cyclesText = '150'] = process.argv.slice(2);
const cycles = Number(cyclesText);
const browser = await launchBenchBrowser();
try {
  const { page, close } = await openBenchPage(browser, 'memory');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.evaluate((id) => window.kzBench.cycle(id, 3), id);
  await dropCollectedTargets(cdp, page);
  let previous = await takeHeapSnapshot(cdp);
  for (let round = 1; round <= Number(roundsText); round++) {
    await page.evaluate(([id, n]) => window.kzBench.cycle(id, n), [id, cycles] as const);
    await dropCollectedTargets(cdp, page);
    const current = await takeHeapSnapshot(cdp);
    console.log(`${id}, round ${round} (${cycles} cycles):\n${report(previous, current, cycles).join('\n')}`);
    previous = current;
  }
  await close();
} finally {
  await browser.close();
}
