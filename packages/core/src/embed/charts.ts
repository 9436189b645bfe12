/** The four charts an embed can show, by the name used in tags, iframe pages and file names. */
export const chartIds = ['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'] as const;
export type ChartId = (typeof chartIds)[number];

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && (chartIds as readonly string[]).includes(value);
}

/** The custom element's tag: `kz-<chart>`. */
export function tagName(chart: ChartId): `kz-${ChartId}` {
  return `kz-${chart}`;
}

/** Options every chart takes, as attributes (and iframe query parameters). */
export const commonAttributes = [
  'locale',
  'theme',
  'chart-title',
  'chart-subtitle',
  'heading-level',
  'actions',
  'height',
  'aspect-ratio',
] as const;

/** Each chart's main options, as attributes (and iframe query parameters). */
export const chartAttributes = {
  'slavery-index-bar': ['countries', 'highlight'],
  'crime-trend-line': ['series'],
  'victim-gender-donut': ['breakdown'],
  'regional-share': ['highlight'],
} as const satisfies Record<ChartId, readonly string[]>;

export type AttributeName = (typeof commonAttributes)[number] | (typeof chartAttributes)[ChartId][number];

/** Every attribute `chart` reads, in a stable order: the common ones, then its own. */
export function attributeNames(chart: ChartId): readonly AttributeName[] {
  return [...commonAttributes, ...chartAttributes[chart]];
}
