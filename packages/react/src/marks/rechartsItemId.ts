import { useEffect, useState } from 'react';

// Numbers of the Recharts charts on the page, handed back when a chart unmounts.
const returned: number[] = [];
let issued = 0;

/**
 * The `id` prefix of a Recharts chart's graphical items (its lines, bars, pie), unique among the
 * charts mounted at the same time and reused after one unmounts. Without ids, Recharts names each
 * item after React's `useId`, new with every mount, and some of its memoised selectors keep that
 * name for good: they are keyed first by an array that lives as long as the page (the store's
 * initial `cartesianItems`), so every mount left its entries behind (found with
 * `scripts/bench/heap-diff.ts`). Reused numbers keep those caches as small as the page's most
 * charts at once; unique ones keep the items' DOM ids unique on the page.
 */
export function useRechartsItemIds(chart: 'bar' | 'line' | 'pie'): (item: string) => string {
  // The number is taken once, in the first render, since the items need their ids from the start.
  const [number] = useState(() => returned.pop() ?? issued++);
  useEffect(() => {
    // Strict mode runs the cleanup and the effect again: the number is taken back, not left returned.
    const at = returned.indexOf(number);
    if (at >= 0) returned.splice(at, 1);
    return () => {
      returned.push(number);
    };
  }, [number]);
  return (item) => `kzt-${chart}${number}-${item}`;
}
