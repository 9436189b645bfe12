import { sources } from '../data/sources.js';
import { fill } from '../i18n/format.js';
import type { CommonMessages } from '../i18n/messages.js';
import type { BundledSourceId, Source, SourceId } from '../types.js';

/** A source as a chart credits it: the publisher of the figures, and the publication that relayed them. */
export interface SourceCredit {
  source: SourceId;
  via?: SourceId;
}

/** One credit of the source line: its text in the catalogue's locale and its link, if any. */
export interface SourceLine {
  text: string;
  /** An http(s) address, or `null`: other schemes are never linked. */
  url: string | null;
}

function safeUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/** A credit as a caller gives it: its text, and an address to link. */
export interface CustomSourceLine {
  text: string;
  url?: string | null;
}

/** A caller's credits as source lines: their texts as given, linked only where the address is http(s). */
export function customSourceLines(lines: readonly CustomSourceLine[]): SourceLine[] {
  return lines.map(({ text, url }) => ({ text: String(text), url: typeof url === 'string' ? safeUrl(url) : null }));
}

type SourceCatalogue = Readonly<Record<SourceId, Source>>;

/**
 * A source's name in the catalogue's locale; a source the bundled dataset does not carry as such (a
 * newsroom's update adds or replaces it) is named by its publisher and title, as the update gives them.
 */
function sourceName(id: SourceId, catalogue: SourceCatalogue, messages: Pick<CommonMessages, 'sources'>): string {
  const source = catalogue[id];
  const bundled = (sources as SourceCatalogue)[id];
  if (bundled && (!source || (source.publisher === bundled.publisher && source.title === bundled.title)))
    return messages.sources[id as BundledSourceId];
  if (!source) return String(id);
  return source.title.startsWith(source.publisher) ? source.title : `${source.publisher}, ${source.title}`;
}

/**
 * The credits as texts with links, in the catalogue's locale. `catalogue` is the dataset's sources
 * (by default the bundled ones): an update's sources are named and linked from there.
 */
export function sourceLines(
  credits: readonly SourceCredit[],
  messages: Pick<CommonMessages, 'frame' | 'sources'>,
  catalogue: SourceCatalogue = sources,
): SourceLine[] {
  return credits.map(({ source, via }) => ({
    text: via
      ? fill(messages.frame.via, {
          source: sourceName(source, catalogue, messages),
          via: sourceName(via, catalogue, messages),
        })
      : sourceName(source, catalogue, messages),
    url: safeUrl(catalogue[source]?.url ?? (via ? (catalogue[via]?.url ?? null) : null)),
  }));
}

export const slaveryIndexSources: readonly SourceCredit[] = [{ source: 'gsi-2023' }];
export const crimeSources: readonly SourceCredit[] = [{ source: 'kpsisu', via: 'ranking-kz-2026' }];
export const mapSources: readonly SourceCredit[] = [{ source: 'kpsisu', via: 'ranking-kz-2026' }, { source: 'geokz' }];
