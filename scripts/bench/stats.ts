// Summaries of repeated measurements: median and quartiles (linear interpolation between ranks).

export interface Summary {
  runs: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (at - low);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Median of the pairwise ratios a[i] / b[i] (runs alternate, so pairs share the machine's state). */
export function pairedRatio(a: readonly number[], b: readonly number[]): Summary {
  const ratios = a.flatMap((value, index) => {
    const other = b[index];
    return other !== undefined && other > 0 ? [value / other] : [];
  });
  return summarize(ratios);
}
