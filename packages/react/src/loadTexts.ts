import type { Locale } from '@kz-trafficking/core';
import { crimeTrendTexts } from '@kz-trafficking/core/crime-trend';
import { regionalShareTexts } from '@kz-trafficking/core/regional-share';
import { slaveryIndexTexts } from '@kz-trafficking/core/slavery-index';
import { victimBreakdownTexts } from '@kz-trafficking/core/victim-breakdown';

/**
 * Loads the four charts' texts in `locales` (all three by default). A chart loads its own texts
 * when first drawn in a locale, and a streaming server render (`renderToPipeableStream`, Next.js)
 * waits for them; `renderToString` cannot wait, so await this before it (without it React throws "A component
 * suspended while responding to synchronous input"). Rejects when a load fails.
 */
export async function loadTexts(locales: readonly Locale[] = ['ru', 'kk', 'en']): Promise<void> {
  const charts = [slaveryIndexTexts, crimeTrendTexts, victimBreakdownTexts, regionalShareTexts];
  await Promise.all(locales.flatMap((locale) => charts.map((texts) => texts.load(locale))));
}
