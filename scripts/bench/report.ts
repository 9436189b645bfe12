// Writes BENCHMARKS.md from the measured results: targets first, then method, machine, versions,
// every table, and "Where we fall short, and why" built from the same numbers.
import type { DemoRow } from './demo.js';
import type { MachineInfo } from './machine.js';
import type { MemoryPoint, MemoryRow } from './memory.js';
import type { BenchOptions } from './options.js';
import type { RenderRow } from './render.js';
import { demoMethodNames, demoSection, demoTargets, demoTargetsSection } from './report-demo.js';
import { int, kb, mb, ms, pct, points, spread, table, times, verdict } from './report-format.js';
import type { SizeRow } from './sizes.js';
import type { SsrResult } from './ssr.js';

export interface BenchResults {
  options: BenchOptions;
  machine: MachineInfo;
  startedAt: Date;
  seconds: number;
  warnings: string[];
  sizes: SizeRow[];
  render: RenderRow[];
  ssr: SsrResult[];
  memory: MemoryRow[];
  demo: DemoRow[];
}

export const targets = { overhead: 0.1, render: 1.15 } as const;

const recharts = ['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut'] as const;
const componentOf: Record<string, string> = {
  'slavery-index-bar': 'SlaveryIndexBar',
  'crime-trend-line': 'CrimeTrendLine',
  'victim-gender-donut': 'VictimGenderDonut',
  'regional-share': 'RegionalShare',
};

/** What our charts change below their narrow width, where the bare charts only rescale. */
const narrowLayout: Record<string, string> = {
  'slavery-index-bar':
    'below 400 px ours moves the country names above the bars and thins the ticks; bare Recharts only rescales',
  'crime-trend-line':
    'below 400 px ours thins the year ticks, stacks the gap labels and re-wraps the end labels; bare Recharts only rescales',
  'victim-gender-donut':
    'below 400 px ours moves the slice labels into a list under the donut; bare Recharts only rescales',
};

function size(results: BenchResults, group: SizeRow['group'], name: string): SizeRow | undefined {
  return results.sizes.find((row) => row.group === group && row.name === name);
}

interface OverheadCheck {
  chart: string;
  ours: SizeRow;
  bare: SizeRow;
  overhead: number;
  overheadBrotli: number;
  met: boolean;
}

function overheads(results: BenchResults): OverheadCheck[] {
  return recharts.flatMap((chart) => {
    const ours = size(results, 'react', `@kz-trafficking/react/${chart}`);
    const bare = size(results, 'bare', chart);
    if (!ours || !bare) return [];
    const overhead = (ours.gzip - bare.gzip) / bare.gzip;
    return [
      {
        chart,
        ours,
        bare,
        overhead,
        overheadBrotli: (ours.brotli - bare.brotli) / bare.brotli,
        met: overhead <= targets.overhead,
      },
    ];
  });
}

function mapCheck(results: BenchResults) {
  const ours = size(results, 'react', '@kz-trafficking/react/regional-share');
  const peer = results.sizes.find((row) => row.group === 'peer' && row.name.startsWith('react-simple-maps/core'));
  const root = results.sizes.find((row) => row.group === 'peer' && row.name.startsWith('react-simple-maps (root'));
  return ours && peer ? { ours, peer, root, met: ours.gzip < peer.gzip } : null;
}

function renderRow(results: BenchResults, chart: string, kind: RenderRow['kind']): RenderRow | undefined {
  return results.render.find((row) => row.chart === chart && row.kind === kind);
}

/** The code an entry of ours loads only on demand, which no size above includes. */
function lazyNote(ours: SizeRow): string {
  return ours.lazy ? `, and a further ${kb(ours.lazy.gzip)} loads only on demand (file export, embed panel)` : '';
}

/** Whether both bundles carry the same Recharts code, or which side uses more of it. */
function rechartsNote(ours: SizeRow, bare: SizeRow): string {
  const key = 'recharts and its dependencies';
  const diff = (ours.origins?.[key] ?? 0) - (bare.origins?.[key] ?? 0);
  if (Math.abs(diff) < 512) return 'Both carry the same Recharts code.';
  return `The bare chart uses ${diff < 0 ? 'more' : 'less'} of Recharts (${kb(Math.abs(diff))} minified${diff < 0 ? ': its bands and labels are Recharts components, which ours replaces with its own drawing' : ''}).`;
}

/** Minified bytes by origin, ours minus the other bundle, largest differences first. */
function originDiff(ours: SizeRow, other: SizeRow): string {
  const keys = new Set([...Object.keys(ours.origins ?? {}), ...Object.keys(other.origins ?? {})]);
  const diffs = [...keys]
    .map((key) => [key, (ours.origins?.[key] ?? 0) - (other.origins?.[key] ?? 0)] as const)
    .filter(([, diff]) => Math.abs(diff) >= 512)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return diffs.map(([key, diff]) => `${key} ${diff >= 0 ? '+' : '−'}${kb(Math.abs(diff))}`).join(', ');
}

/** Heap growth per cycle from the baseline to the half-way point. */
function firstHalfGrowth(row: MemoryRow): number {
  const cycles = Math.floor(row.cycles / 2);
  return cycles > 0 ? (row.half.heapBytes - row.baseline.heapBytes) / cycles : 0;
}

/** Heap growth per cycle between the half-way point and the end (after the warm-up's growth). */
function secondHalfGrowth(row: MemoryRow): number {
  const cycles = row.cycles - Math.floor(row.cycles / 2);
  return cycles > 0 ? (row.end.heapBytes - row.half.heapBytes) / cycles : 0;
}

function targetsSection(results: BenchResults): string {
  const rows: string[][] = [];
  for (const check of overheads(results)) {
    rows.push([
      `Bundle: wrapper overhead of ${componentOf[check.chart]} ≤ 10 % (gzip)`,
      `${kb(check.ours.gzip)} vs ${kb(check.bare.gzip)}: ${pct(check.overhead)}`,
      check.met
        ? verdict(true)
        : `${verdict(false)} by ${points(check.overhead - targets.overhead, 1)} (${kb(check.ours.gzip - check.bare.gzip * (1 + targets.overhead))} over)`,
    ]);
  }
  for (const chart of recharts) {
    const row = renderRow(results, chart, 'mount');
    if (!row) continue;
    const met = row.ratio.median <= targets.render;
    rows.push([
      `Render: ${componentOf[chart]} mount ≤ 1.15× bare Recharts`,
      `${times(row.ratio.median)} (IQR ${times(row.ratio.q1)}–${times(row.ratio.q3)})`,
      met
        ? verdict(true)
        : `${verdict(false)} by ${points(row.ratio.median - targets.render, 0)}${row.ratio.q1 <= targets.render ? ' (1.15× is inside the interquartile range)' : ''}`,
    ]);
  }
  const map = mapCheck(results);
  if (map) {
    rows.push([
      'Bundle: map entry with geometry < react-simple-maps with the same geometry',
      `${kb(map.ours.gzip)} vs ${kb(map.peer.gzip)} (/core)${map.root ? `, ${kb(map.root.gzip)} (root entry)` : ''}`,
      map.met
        ? verdict(true)
        : `${verdict(false)} by ${kb(map.ours.gzip - map.peer.gzip)} (${pct((map.ours.gzip - map.peer.gzip) / map.peer.gzip)}) against /core${map.root && map.ours.gzip < map.root.gzip ? '; met against the root entry' : ''}`,
    ]);
  }
  return table(['target (ours ÷ bare Recharts, same run)', 'measured', 'result'], rows, ['l', 'l', 'l']);
}

function machineSection(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    `- CPU: ${m.cpu}, ${m.cores} cores; ${m.memoryGb} GB RAM; ${m.os}`,
    `- 1-minute load average at the start: ${m.loadAtStart.toFixed(2)} (on ${m.cores} cores; other work on the machine makes the timings noisier, not biased: both sides of every ratio run alternately in the same page)`,
    `- Node ${m.node}; ${m.chromium} (Debian's, headless)`,
    `- Commit ${m.commit}${m.uncommitted > 0 ? ` with ${m.uncommitted} uncommitted changes in the working tree` : ''}; measured ${results.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}; the run took ${Math.round(results.seconds)} s`,
  ];
  const versions = Object.entries(m.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `${lines.join('\n')}\n- Versions: ${versions}`;
}

function methodSection(results: BenchResults): string {
  const o = results.options;
  return [
    `**Sizes.** Each entry is bundled with esbuild (\`--bundle --minify --format=esm --platform=browser --target=es2022\`, \`process.env.NODE_ENV="production"\`), with \`react\`, \`react-dom\` (and their subpaths) and \`react-is\` external and everything else included: Recharts, d3, core's data and texts, the geometry. Code splitting is on (\`--splitting\`), so what an entry loads with \`import()\` (our file export and embed panel) stays in its own chunks, as a consumer's bundler keeps it: sizes are the **first download** (the entry and the chunks it imports statically); the code loaded on demand is reported beside them. Each output file is compressed on its own with gzip (level 9) and brotli (quality 11) from \`node:zlib\`, and the files summed. Our entries are the built \`dist/\` files users install. The bare-Recharts charts (\`scripts/bench/fixtures/bare-*.tsx\`) draw the same data (\`fixtures/data.ts\`, checked against core before every run) at the same size with the same layout: bars with names and values, the three lines with point symbols, hatched gap bands and end labels, the donut with its labels and total; they leave out what the wrapper adds around the chart (title, subtitle, notes, sources, description, data table, downloads, keyboard marks and tooltip, the other two languages). Wrapper overhead = (ours − bare) ÷ bare, in gzip bytes. The peers draw the Global Slavery Index bars; the map peer is react-simple-maps with our own TopoJSON (\`packages/core/src/geo/kz-adm1-2022.topo.json\`, the geometry our map ships), so both sides carry the same geometry. 1 KB = 1,024 bytes.`,
    `**Render.** One page (\`scripts/bench/browser/page.tsx\`, bundled with the same esbuild settings, React included, our charts from their built entries) in headless Chromium at 1000×800 with \`prefers-reduced-motion: reduce\`; animation is also switched off explicitly on both sides (\`animate={false}\`, \`isAnimationActive={false}\`), so no animation is timed. Each chart mounts into a fresh 640 px wide container, ours and the other side alternately (A B, B A, …), ${o.renderWarmUp} unmeasured pairs first, then ${o.renderRuns} measured pairs; garbage is collected (\`gc()\`) and two frames pass before each run. A run is timed from just before \`root.render\` to the **last DOM mutation** in the container (MutationObserver), once the chart's marks are present (e.g. 15 bars) and the container has stayed unchanged for two animation frames; layout forced by the charts' own measuring is included, the browser's style, layout and paint after the last mutation are not. Ratios are the median (and quartiles) of the per-pair ratios ours ÷ other. Locale switch: the mounted chart re-rendered with the next locale (ru → en → kk …); width change: the container switched between 640 and 375 px; ${o.updateRuns} measured changes per side after one unmeasured, alternating sides. The map has no Recharts equivalent: it is compared with react-simple-maps drawing the same geometry.`,
    `**Server rendering.** \`renderToString\` of each figure with its default props in Node (child process, \`NODE_ENV=production\`), repeated for ${o.ssrMillis} ms after a warm-up of a quarter of that; renders per second.`,
    `**Memory.** One page load with counting shims (live ResizeObservers, MutationObservers and event listeners on connected targets, after \`tests/browser/long-life.test.tsx\`; held weakly so they keep nothing alive). Each chart is mounted in a fresh container, drawn (marks present), unmounted and removed, ${o.memoryCycles} times, locales rotating. The JS heap is read with CDP \`Runtime.getHeapUsage\` after three \`HeapProfiler.collectGarbage\`, before, half way and at the end; \`Memory.getDOMCounters\` gives live DOM nodes (detached included) and listeners. Every chart is cycled three times before the first baseline; before each reading the counting shims forget the targets the garbage collector took, so that their bookkeeping is not counted. A control (plain React drawing 20 rectangles) shows the noise floor. \`tsx scripts/bench/heap-diff.ts <chart>:ours\` takes heap snapshots round by round and shows what grew, by constructor, and what holds it.`,
    `**Demo page.** One small article page per embed method (\`.artifacts/bench/demo/<method>.html\`: the same text and the four charts as custom elements with the loader's deferred script and the snippets' pictures, as custom elements of the single-file runtime that came before the loader (built from \`scripts/bench/single-runtime.ts\` as the baseline), as iframes with the resizer, or as static SVG images), served from 127.0.0.1 by \`scripts/embed-server.ts\` with the embed's files cacheable (as a CDN would send them) and without compression. Each of ${o.demoLoads} loads per method uses a fresh browser context (empty cache) at 1000×800 without CPU throttling, waits for the network to be idle and 0.5 s more ("before scrolling"), scrolls to the end (lazy charts, frames and images load), waits for the network to be idle and 1 s more. Bytes: CDP \`Network.loadingFinished\` \`encodedDataLength\` over every frame; the gzip column is what the same responses weigh gzipped (images as they are). Long tasks and layout shifts: buffered PerformanceObservers installed before any page script, in every frame; CLS is the largest session window in the top frame.`,
  ].join('\n\n');
}

function sizesSection(results: BenchResults): string {
  const row = (item: SizeRow) => [`\`${item.name}\``, int(item.min), int(item.gzip), int(item.brotli)];
  const head = ['entry', 'min (B)', 'gzip (B)', 'brotli (B)'];
  const withLazy = (item: SizeRow) => [...row(item), item.lazy ? int(item.lazy.gzip) : '–'];
  const ours = results.sizes.filter((item) => item.group === 'core' || item.group === 'react');
  const parts = [
    `### Our entry points (first download, everything but React bundled)\n\n${table([...head, 'on demand, gzip (B)'], ours.map(withLazy))}`,
  ];
  const checks = overheads(results);
  parts.push(
    `### Wrapper overhead: ours vs the same chart written with Recharts\n\n${table(
      [
        'chart',
        'ours gzip',
        'bare gzip',
        'overhead gzip',
        'ours brotli',
        'bare brotli',
        'overhead brotli',
        'target ≤ 10 %',
      ],
      checks.map((check) => [
        componentOf[check.chart] ?? check.chart,
        int(check.ours.gzip),
        int(check.bare.gzip),
        `${int(check.ours.gzip - check.bare.gzip)} (${pct(check.overhead)})`,
        int(check.ours.brotli),
        int(check.bare.brotli),
        pct(check.overheadBrotli),
        check.met ? 'met' : 'falls short',
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    )}\n\nMinified bytes by origin (ours, bare):\n\n${checks
      .map(
        (check) =>
          `- ${componentOf[check.chart]}: ${Object.entries(check.ours.origins ?? {})
            .sort((a, b) => b[1] - a[1])
            .map(([key, value]) => `${key} ${kb(value)}`)
            .join(', ')}; bare: ${Object.entries(check.bare.origins ?? {})
            .sort((a, b) => b[1] - a[1])
            .map(([key, value]) => `${key} ${kb(value)}`)
            .join(', ')}`,
      )
      .join('\n')}`,
  );
  const bar = size(results, 'react', '@kz-trafficking/react/slavery-index-bar');
  const map = size(results, 'react', '@kz-trafficking/react/regional-share');
  const peers = results.sizes.filter((item) => item.group === 'peer');
  parts.push(
    `### Peers\n\n${table(
      ['peer (same data)', 'min (B)', 'gzip (B)', 'brotli (B)', 'ours (gzip)', 'ours ÷ peer (gzip)'],
      peers.map((peer) => {
        const versus = peer.name.startsWith('react-simple-maps') ? map : bar;
        return [
          peer.name,
          int(peer.min),
          int(peer.gzip),
          int(peer.brotli),
          versus ? `${versus === map ? 'RegionalShare' : 'SlaveryIndexBar'} ${int(versus.gzip)}` : '–',
          versus ? times(versus.gzip / peer.gzip) : '–',
        ];
      }),
    )}`,
  );
  const embed = results.sizes.filter((item) => item.group === 'embed');
  parts.push(
    `### Embed scripts (as built, not re-bundled)\n\n${table(['file', 'bytes', 'gzip (B)', 'brotli (B)'], embed.map(row))}`,
  );
  return parts.join('\n\n');
}

function renderSection(results: BenchResults): string {
  const rows = results.render.map((row) => [
    componentOf[row.chart] ?? row.chart,
    row.kind === 'mount' ? 'mount' : row.kind === 'locale' ? 'locale switch' : 'width 640 ↔ 375 px',
    row.versus === 'bare' ? 'bare Recharts' : 'react-simple-maps',
    spread(row.ours, ms),
    spread(row.other, ms),
    // A chart that only rescales its SVG (viewBox) makes no DOM change on a width change: no ratio.
    row.other.median > 0 ? spread(row.ratio, times) : '– (no DOM change)',
    row.nodes ? `${row.nodes.ours} / ${row.nodes.other}` : '',
    `${row.ours.runs}`,
  ]);
  return `Milliseconds, median (interquartile range).\n\n${table(
    ['chart', 'what', 'versus', 'ours (ms)', 'other (ms)', 'ours ÷ other', 'elements ours / other', 'runs'],
    rows,
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'],
  )}`;
}

function ssrSection(results: BenchResults): string {
  const rows = results.ssr.map((row) => {
    const [chart = '', side = ''] = row.id.split(':');
    return [
      componentOf[chart] ?? chart,
      side === 'ours' ? 'ours' : side === 'bare' ? 'bare Recharts' : 'react-simple-maps',
      int(row.rendersPerSecond),
      int(row.htmlLength),
      row.hasSvg ? 'yes' : 'no',
    ];
  });
  return `${table(['figure', 'side', 'renders/s', 'HTML (chars)', '<svg> in HTML'], rows, ['l', 'l', 'r', 'r', 'l'])}\n\nOurs render the whole figure on the server (title, subtitle, reserved chart box, description, notes, sources and the data table), which is readable without JavaScript; bare Recharts 3 renders an empty wrapper \`<div>\` and react-simple-maps an empty \`<svg>\` (it loads the geometry in an effect), so their throughput is that of rendering almost nothing.`;
}

function memorySection(results: BenchResults): string {
  const rows = results.memory.map((row) => {
    const delta = (key: keyof MemoryPoint) =>
      `${row.end[key] - row.baseline[key] >= 0 ? '+' : ''}${int(row.end[key] - row.baseline[key])}`;
    return [
      row.chart === 'control' ? 'control (plain React, 20 rects)' : (componentOf[row.chart] ?? row.chart),
      `${row.cycles}`,
      mb(row.baseline.heapBytes),
      mb(row.end.heapBytes),
      `${kb(row.end.heapBytes - row.baseline.heapBytes)}`,
      `${int(firstHalfGrowth(row))} B`,
      `${int(secondHalfGrowth(row))} B`,
      delta('domNodes'),
      delta('jsEventListeners'),
      delta('resizeObservers'),
      delta('mutationObservers'),
      delta('listeners'),
    ];
  });
  return `${table(
    [
      'chart',
      'cycles',
      'heap before',
      'heap after',
      'growth',
      'growth per cycle, 1st half',
      'growth per cycle, 2nd half',
      'DOM nodes Δ',
      'JS listeners Δ',
      'ResizeObservers Δ',
      'MutationObservers Δ',
      'listeners on connected targets Δ',
    ],
    rows,
  )}\n\nA leak shows as growth per cycle that stays well above the control's in the second half, or as counts that grow with the cycles.`;
}

function shortfallSection(results: BenchResults): string {
  const items: string[] = [];
  for (const check of overheads(results).filter((item) => !item.met)) {
    items.push(
      `- **${componentOf[check.chart]} bundle overhead ${pct(check.overhead)}** (target 10 %): ${kb(check.ours.gzip)} against ${kb(check.bare.gzip)} gzip in the first download, ${kb(check.ours.gzip - check.bare.gzip)} more${lazyNote(check.ours)}. ${rechartsNote(check.ours, check.bare)} The difference by origin (minified): ${originDiff(check.ours, check.bare)}. The wrapper's own code draws the figure around the chart (title, notes, sources, generated description, data table, CSV/SVG/PNG downloads, keyboard marks and tooltip), and core ships the figure's content: the chart's figures with their sources and statuses, and its texts in the reader's language (notes, corrections, description, table headings; the other two languages load only when shown); the bare chart has none of that.`,
    );
  }
  for (const chart of recharts) {
    const row = renderRow(results, chart, 'mount');
    if (!row || row.ratio.median <= targets.render) continue;
    const nodes = row.nodes
      ? ` Ours puts ${row.nodes.ours} elements in the page against ${row.nodes.other}: the figure, heading, notes, sources, the data table (visually hidden until shown, read by screen readers) and the action buttons are DOM the bare chart does not create.`
      : '';
    items.push(
      `- **${componentOf[chart]} mount ${times(row.ratio.median)}** bare Recharts (target 1.15×): ${ms(row.ours.median)} ms against ${ms(row.other.median)} ms, ${ms(row.ours.median - row.other.median)} ms more.${nodes} Ours also computes its model (texts, description, table) before drawing and measures its container in a layout effect before Recharts draws.`,
    );
  }
  for (const row of results.render.filter(
    (item) => item.kind !== 'mount' && item.versus === 'bare' && item.ratio.median > targets.render,
  )) {
    items.push(
      `- ${componentOf[row.chart]} ${row.kind === 'locale' ? 'locale switch' : 'width change'}: ${times(row.ratio.median)} bare (${ms(row.ours.median)} against ${ms(row.other.median)} ms; no target, reported for completeness)${row.kind === 'width' ? `; ${narrowLayout[row.chart] ?? ''}` : '; ours recomputes every text of the figure (notes, description, table), not only the labels'}.`,
    );
  }
  const map = mapCheck(results);
  if (map && !map.met) {
    items.push(
      `- **RegionalShare entry ${kb(map.ours.gzip)} against react-simple-maps/core ${kb(map.peer.gzip)}** with the same geometry in the first download (${pct((map.ours.gzip - map.peer.gzip) / map.peer.gzip)})${lazyNote(map.ours)}${map.root ? `; against react-simple-maps' root entry (${kb(map.root.gzip)}) ours is ${map.ours.gzip < map.root.gzip ? 'smaller' : 'larger'}` : ''}. By origin (minified, ours − peer): ${originDiff(map.ours, map.peer)}. The geometry is the same; the difference is our figure code (legend, Almaty inset, labels, keyboard marks, downloads) and core's texts in the reader's language, the dataset's notes and region names.`,
    );
  }
  const mapRender = renderRow(results, 'regional-share', 'mount');
  if (mapRender && mapRender.ratio.median > targets.render) {
    items.push(
      `- RegionalShare mounts in ${ms(mapRender.ours.median)} ms against ${ms(mapRender.other.median)} ms for react-simple-maps with the same geometry (${times(mapRender.ratio.median)}; no target): ours projects the map twice (main map and the Almaty inset), wraps and places labels and draws a legend; react-simple-maps draws the 20 paths only.`,
    );
  }
  const control = results.memory.find((row) => row.chart === 'control');
  const controlGrowth = control ? secondHalfGrowth(control) : 0;
  for (const row of results.memory.filter((item) => item.chart !== 'control')) {
    const growth = secondHalfGrowth(row);
    const counts = (['resizeObservers', 'mutationObservers', 'listeners'] as const).filter(
      (key) => row.end[key] > row.baseline[key],
    );
    if (growth > Math.max(4 * controlGrowth, 256) || counts.length > 0) {
      const released =
        counts.length > 0
          ? ` and ${counts.join(', ')} grew: something is not released on unmount`
          : '; the DOM nodes, observers and listeners did not grow, so no chart stays mounted: what remains is either a cache still filling or a small leak: `tsx scripts/bench/heap-diff.ts` tells them apart';
      items.push(
        `- ${componentOf[row.chart]} memory: the heap still grew ${int(growth)} B per cycle in the second half of ${row.cycles} cycles (${int(firstHalfGrowth(row))} B in the first half; control ${int(controlGrowth)} B)${released}${results.options.quick ? ' (a quick run has too few cycles to tell)' : ''}.`,
      );
    }
  }
  for (const row of results.demo.filter((item) => item.cls.median > 0.1)) {
    items.push(
      `- Demo page with ${demoMethodNames[row.method]}: CLS ${row.cls.median.toFixed(3)} (above 0.1, "needs improvement" in Core Web Vitals terms).`,
    );
  }
  items.push(...demoTargets(results.demo));
  if (items.length === 0) return 'Nothing in this run: every target is met.';
  return items.join('\n');
}

export function reportMarkdown(results: BenchResults): string {
  const quick = results.options.quick
    ? '\n> **Quick run** (`pnpm bench --quick`): a few runs each, only to check that the benchmark works. The numbers are not meaningful; run `pnpm bench` for the full measurement.\n'
    : '';
  const warnings =
    results.warnings.length > 0
      ? `\n${results.warnings.map((warning) => `> **Note:** ${warning}`).join('\n>\n')}\n`
      : '';
  return `# Benchmarks

Generated by \`pnpm bench\` (\`scripts/bench/\`); every number below comes from one run on the machine described, and the text that interprets them is generated from the same numbers. Re-run it on a quiet machine for steadier timings. Timing never goes into a test; size budgets guard the bundles (\`.size-limit.json\`).
${quick}${warnings}
## Targets (issue #8)

${targetsSection(results)}

## Targets (issue #16)

${demoTargetsSection(results.demo)}

## Where we fall short, and why

${shortfallSection(results)}

## Machine

${machineSection(results)}

## Method

${methodSection(results)}

## 1. Bundle size

${sizesSection(results)}

## 2. Render speed in Chromium

${renderSection(results)}

## 3. Server rendering

${ssrSection(results)}

## 4. Memory

${memorySection(results)}

## 5. Demo page

${demoSection(results.demo, results.options.demoLoads)}
`;
}
