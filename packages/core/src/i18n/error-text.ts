import type { KztError } from '../errors.js';
import { fill, minusSign } from './format.js';
import type { CommonMessages } from './messages.js';

// Quotation marks of each locale, for the caller's value an error names («XX», “XX”).
const quotes: Readonly<Record<CommonMessages['locale'], readonly [string, string]>> = {
  ru: ['«', '»'],
  kk: ['«', '»'],
  en: ['“', '”'],
};

// core writes the offending value as JSON does (`"XX"`, `-1`): in a reader's text it takes the
// locale's quotation marks and the minus sign.
export function readerValue(value: string, locale: CommonMessages['locale']): string {
  const [open, close] = quotes[locale];
  const quoted = /^"(.*)"$/s.exec(value);
  const text = quoted ? `${open}${quoted[1]}${close}` : value;
  return text.replace(/(^|[^\p{L}\p{N}])-(?=\d)/gu, `$1${minusSign}`);
}

/** The reader-facing text of a core error in the catalogue's locale; `what` names the chart. */
export function errorText(error: KztError, messages: Pick<CommonMessages, 'locale' | 'errors'>, what: string): string {
  const details = Object.fromEntries(
    Object.entries(error.details).map(([key, value]) => [key, readerValue(value, messages.locale)]),
  );
  return fill(messages.errors[error.code], { what, ...details });
}
