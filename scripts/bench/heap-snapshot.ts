// Heap snapshots of the benchmark page (CDP HeapProfiler), read enough to tell a leak from a cache:
// what the heap holds by kind and constructor, which nodes are new since an earlier snapshot, and
// the chain of objects that keeps one of them alive.
import type { CDPSession, Page } from 'playwright-core';

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapSnapshot {
  raw: RawSnapshot;
  /** The node ids it holds, to tell which nodes of a later snapshot are new. */
  ids: Set<number>;
}

/** Recharts names each graphical item after React's `useId`, so these ids are new with every mount. */
export const rechartsItemId = /^recharts-[a-z]+-_r_[0-9a-z]+_$/;

/**
 * Lets the counting shims (browser/instrument.ts) forget the targets the garbage collector took,
 * so that their own bookkeeping is not counted as the charts' heap.
 */
export async function dropCollectedTargets(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => window.kzBench.counts());
}

/** A snapshot after three forced garbage collections. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const width = raw.snapshot.meta.node_fields.length;
  const idAt = raw.snapshot.meta.node_fields.indexOf('id');
  const ids = new Set<number>();
  for (let node = 0; node < raw.nodes.length; node += width) ids.add(raw.nodes[node + idAt] ?? 0);
  return { raw, ids };
}

export interface HeapNode {
  /** Offset of the node in the snapshot's `nodes` array. */
  at: number;
  type: string;
  /** The constructor, or a string's text. */
  name: string;
  selfSize: number;
}

/** The snapshot's nodes, or only those not in `since`. */
export function heapNodes(heap: HeapSnapshot, since?: HeapSnapshot): HeapNode[] {
  const { raw } = heap;
  const fields = raw.snapshot.meta.node_fields;
  const [typeNames] = raw.snapshot.meta.node_types;
  const [typeAt, nameAt, idAt, sizeAt] = ['type', 'name', 'id', 'self_size'].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
    number,
  ];
  const nodes: HeapNode[] = [];
  for (let at = 0; at < raw.nodes.length; at += fields.length) {
    if (since?.ids.has(raw.nodes[at + idAt] ?? 0)) continue;
    nodes.push({
      at,
      type: typeNames[raw.nodes[at + typeAt] ?? 0] ?? '?',
      name: raw.strings[raw.nodes[at + nameAt] ?? 0] ?? '',
      selfSize: raw.nodes[at + sizeAt] ?? 0,
    });
  }
  return nodes;
}

/** Objects grouped by constructor, everything else by kind (strings, code, arrays…): a group's label. */
export function groupOf(node: HeapNode): string {
  return node.type === 'object' || node.type === 'native' || node.type === 'closure'
    ? `${node.type} ${node.name.slice(0, 60)}`
    : node.type;
}

/**
 * The chain of strong references that keeps the node at `at` alive, nearest first, up to `depth`
 * steps: each step the edge's kind and name and the holder's kind and name.
 */
export function retainerPath(heap: HeapSnapshot, at: number, depth = 12): string[] {
  const { raw } = heap;
  const { node_fields: nodeFields, edge_fields: edgeFields, node_types, edge_types } = raw.snapshot.meta;
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const describe = (node: number) =>
    `${node_types[0][raw.nodes[node] ?? 0]} ${(raw.strings[raw.nodes[node + 1] ?? 0] ?? '').slice(0, 60)}`;
  const holders = new Map<number, Array<{ from: number; edge: string }>>();
  let edge = 0;
  for (let node = 0; node < raw.nodes.length; node += nodeFields.length) {
    const count = raw.nodes[node + edgeCountAt] ?? 0;
    for (let index = 0; index < count; index++, edge += edgeFields.length) {
      const type = edge_types[0][raw.edges[edge] ?? 0] ?? '?';
      if (type === 'weak') continue;
      const nameOrIndex = raw.edges[edge + 1] ?? 0;
      const label = type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : (raw.strings[nameOrIndex] ?? '');
      const to = raw.edges[edge + 2] ?? 0;
      const list = holders.get(to) ?? [];
      list.push({ from: node, edge: `${type} ${label.slice(0, 40)}` });
      holders.set(to, list);
    }
  }
  const path: string[] = [];
  const seen = new Set<number>([at]);
  for (let current = at; path.length < depth; ) {
    const next = holders.get(current)?.find(({ from }) => !seen.has(from));
    if (!next) break;
    path.push(`${next.edge} of ${describe(next.from)}`);
    seen.add(next.from);
    current = next.from;
  }
  return path;
}
