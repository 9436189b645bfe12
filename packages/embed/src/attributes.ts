import { type ChartId, chartAttributes, commonAttributes, parseList } from '@kz-trafficking/core/embed';

/** Longest text an attribute may carry into a chart; longer values are cut. */
const maxLength = 500;

/** Reads an attribute by name; `null` when it is absent (as `Element.getAttribute`). */
export type AttributeSource = (name: string) => string | null;

function parseHeadingLevel(value: string): 2 | 3 | 4 | 5 | 6 | undefined {
  const level = Number(value.trim());
  return level === 2 || level === 3 || level === 4 || level === 5 || level === 6 ? level : undefined;
}

/** A number attribute; anything that is not a number is passed on as `NaN`, which the chart rejects visibly. */
function parseNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

/**
 * The props of `chart` from its attributes. Values are only ever data: they become strings, lists
 * of strings or numbers handed to the React component, which renders them as text and validates
 * them (an unknown country, series or locale gives the chart's visible error state). Absent
 * attributes leave the chart's defaults.
 */
export function propsFromAttributes(chart: ChartId, read: AttributeSource): Record<string, unknown> {
  const props: Record<string, unknown> = { animate: 'auto' };
  const text = (name: string) => {
    const value = read(name);
    return value === null ? undefined : value.slice(0, maxLength);
  };
  for (const name of commonAttributes) {
    const value = text(name);
    if (value === undefined) continue;
    switch (name) {
      case 'locale':
      case 'theme':
        props[name] = value.trim().toLowerCase();
        break;
      case 'chart-title':
        props.title = value;
        break;
      case 'chart-subtitle':
        props.subtitle = value;
        break;
      case 'heading-level': {
        const level = parseHeadingLevel(value);
        if (level) props.headingLevel = level;
        break;
      }
      case 'actions':
        props.actions = value.trim() === 'none' ? [] : parseList(value);
        break;
      case 'height':
        props.height = parseNumber(value);
        break;
      case 'aspect-ratio':
        props.aspectRatio = parseNumber(value);
        break;
    }
  }
  for (const name of chartAttributes[chart]) {
    const value = text(name);
    if (value === undefined) continue;
    if (name === 'breakdown') props.breakdown = value.trim();
    else if (name === 'highlight' || name === 'countries' || name === 'series') props[name] = parseList(value);
  }
  return props;
}
