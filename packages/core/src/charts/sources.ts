import { sources } from '../data/sources.js';
import { fill } from '../i18n/format.js';
import type { CommonMessages } from '../i18n/messages.js';
import type { BundledSourceId } from '../types.js';

/** A source as a chart credits it: the publisher of the figures, and the publication that relayed them. */
export interface SourceCredit {
  source: BundledSourceId;
  via?: BundledSourceId;
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

/** The credits as texts with links, in the catalogue's locale. */
export function sourceLines(
  credits: readonly SourceCredit[],
  messages: Pick<CommonMessages, 'frame' | 'sources'>,
): SourceLine[] {
  return credits.map(({ source, via }) => ({
    text: via
      ? fill(messages.frame.via, { source: messages.sources[source], via: messages.sources[via] })
      : messages.sources[source],
    url: safeUrl(sources[source].url ?? (via ? sources[via].url : null)),
  }));
}

export const slaveryIndexSources: readonly SourceCredit[] = [{ source: 'gsi-2023' }];
export const crimeSources: readonly SourceCredit[] = [{ source: 'kpsisu', via: 'ranking-kz-2026' }];
export const mapSources: readonly SourceCredit[] = [{ source: 'kpsisu', via: 'ranking-kz-2026' }, { source: 'geokz' }];
