import type { Locale } from '../types.js';
import { enCommon } from './en/common.js';
import { enCrimeTrend } from './en/crime-trend.js';
import { enRegionalShare } from './en/regional-share.js';
import { enSlaveryIndex, enUnits } from './en/slavery-index.js';
import { enVictimBreakdown } from './en/victim-breakdown.js';
import { kkCommon } from './kk/common.js';
import { kkCrimeTrend } from './kk/crime-trend.js';
import { kkRegionalShare } from './kk/regional-share.js';
import { kkSlaveryIndex, kkUnits } from './kk/slavery-index.js';
import { kkVictimBreakdown } from './kk/victim-breakdown.js';
import type { Messages } from './messages.js';
import { ruCommon } from './ru/common.js';
import { ruCrimeTrend } from './ru/crime-trend.js';
import { ruRegionalShare } from './ru/regional-share.js';
import { ruSlaveryIndex, ruUnits } from './ru/slavery-index.js';
import { ruVictimBreakdown } from './ru/victim-breakdown.js';

// Each chart loads only its own sections, in the locale it shows (see chart-texts.ts). These are all
// the charts' texts in every locale, for the embed's snippets and static figures, which write every
// chart in every locale; catalogues.ts adds the audit's.

/** Every chart's texts: all but the audit's. */
export type ChartMessages = Omit<Messages, 'audit'>;

/** Every chart's texts in each locale. */
export const chartCatalogues: Readonly<Record<Locale, ChartMessages>> = {
  ru: {
    ...ruCommon,
    ...ruUnits,
    slaveryIndex: ruSlaveryIndex,
    crimeTrend: ruCrimeTrend,
    victimBreakdown: ruVictimBreakdown,
    regionalShare: ruRegionalShare,
  },
  kk: {
    ...kkCommon,
    ...kkUnits,
    slaveryIndex: kkSlaveryIndex,
    crimeTrend: kkCrimeTrend,
    victimBreakdown: kkVictimBreakdown,
    regionalShare: kkRegionalShare,
  },
  en: {
    ...enCommon,
    ...enUnits,
    slaveryIndex: enSlaveryIndex,
    crimeTrend: enCrimeTrend,
    victimBreakdown: enVictimBreakdown,
    regionalShare: enRegionalShare,
  },
};
