import type { Locale } from '../types.js';
import { assertOneOf } from '../validate.js';
import { chartCatalogues } from './chart-catalogues.js';
import { enAudit } from './en/audit.js';
import { locales } from './format.js';
import { kkAudit } from './kk/audit.js';
import type { Messages } from './messages.js';
import { ruAudit } from './ru/audit.js';

// The whole catalogues: every chart's texts and the audit's, for the audit and for callers that
// want every text. Each chart loads only its own sections, in the locale it shows (chart-texts.ts).

/** Russian, the default locale. */
export const ru: Messages = { ...chartCatalogues.ru, audit: ruAudit };

/** Kazakh (Cyrillic). */
export const kk: Messages = { ...chartCatalogues.kk, audit: kkAudit };

/** English. */
export const en: Messages = { ...chartCatalogues.en, audit: enAudit };

/** The message catalogue of every locale. */
export const catalogues: Readonly<Record<Locale, Messages>> = { ru, kk, en };

/** The catalogue for `locale`; throws a `KztError` (`unknown-locale`) naming the valid ones. */
export function messagesFor(locale: unknown): Messages {
  return catalogues[assertOneOf(locale, locales, 'unknown-locale', 'locale')];
}
