import type { Locale } from '../types.js';
import { assertOneOf } from '../validate.js';
import { enAudit, enCommon, enCrimeTrend, enRegionalShare, enSlaveryIndex, enUnits, enVictimBreakdown } from './en.js';
import { locales } from './format.js';
import { kkAudit, kkCommon, kkCrimeTrend, kkRegionalShare, kkSlaveryIndex, kkUnits, kkVictimBreakdown } from './kk.js';
import type { Messages } from './messages.js';
import { ruAudit, ruCommon, ruCrimeTrend, ruRegionalShare, ruSlaveryIndex, ruUnits, ruVictimBreakdown } from './ru.js';

// Each chart imports only its own sections (see the chart modules); the whole catalogues, with the
// audit's texts, are composed here for the audit and for callers that want every text.

/** Russian, the default locale. */
export const ru: Messages = {
  ...ruCommon,
  ...ruUnits,
  slaveryIndex: ruSlaveryIndex,
  crimeTrend: ruCrimeTrend,
  victimBreakdown: ruVictimBreakdown,
  regionalShare: ruRegionalShare,
  audit: ruAudit,
};

/** Kazakh (Cyrillic). */
export const kk: Messages = {
  ...kkCommon,
  ...kkUnits,
  slaveryIndex: kkSlaveryIndex,
  crimeTrend: kkCrimeTrend,
  victimBreakdown: kkVictimBreakdown,
  regionalShare: kkRegionalShare,
  audit: kkAudit,
};

/** English. */
export const en: Messages = {
  ...enCommon,
  ...enUnits,
  slaveryIndex: enSlaveryIndex,
  crimeTrend: enCrimeTrend,
  victimBreakdown: enVictimBreakdown,
  regionalShare: enRegionalShare,
  audit: enAudit,
};

/** The message catalogue of every locale. */
export const catalogues: Readonly<Record<Locale, Messages>> = { ru, kk, en };

/** The catalogue for `locale`; throws a `KztError` (`unknown-locale`) naming the valid ones. */
export function messagesFor(locale: unknown): Messages {
  return catalogues[assertOneOf(locale, locales, 'unknown-locale', 'locale')];
}
