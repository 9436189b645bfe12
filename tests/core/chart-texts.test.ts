import { describe, expect, it } from 'vitest';
import { crimeTrendTexts } from '../../packages/core/src/charts/crime-trend.js';
import { regionalShareTexts } from '../../packages/core/src/charts/regional-share.js';
import { slaveryIndexTexts } from '../../packages/core/src/charts/slavery-index.js';
import { victimBreakdownTexts } from '../../packages/core/src/charts/victim-breakdown.js';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { chartTexts } from '../../packages/core/src/i18n/chart-texts.js';
import { locales } from '../../packages/core/src/i18n/format.js';
import type { CommonMessages } from '../../packages/core/src/i18n/messages.js';

const common = ['locale', 'plural', 'ordinal', 'sources', 'frame', 'errors'] as const;
const charts = [
  ['slavery-index', slaveryIndexTexts, ['units', 'unitNames', 'slaveryIndex']],
  ['crime-trend', crimeTrendTexts, ['crimeTrend']],
  ['victim-breakdown', victimBreakdownTexts, ['victimBreakdown']],
  ['regional-share', regionalShareTexts, ['regionalShare']],
] as const;

describe('each chart’s texts, loaded per locale', () => {
  it.each(charts)(
    '%s loads the common sections and its own, as the whole catalogue has them',
    async (_, texts, own) => {
      for (const locale of locales) {
        const loaded = await texts.load(locale);
        const sections = [...common, ...own];
        expect(Object.keys(loaded).sort()).toEqual([...sections].sort());
        const whole = catalogues[locale] as unknown as Record<string, unknown>;
        expect(loaded).toEqual(Object.fromEntries(sections.map((section) => [section, whole[section]])));
        // Loaded once: asking again gives the same texts, at once.
        expect(texts.loaded(locale)).toBe(loaded);
        expect(await texts.load(locale)).toBe(loaded);
      }
    },
  );

  it('keeps a failed load until it is tried again, and one load at a time', async () => {
    let loads = 0;
    const flaky = () => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({});
    };
    const texts = chartTexts<CommonMessages>({ ru: flaky, kk: flaky, en: flaky });
    const first = texts.load('en');
    expect(texts.load('en')).toBe(first);
    await expect(first).rejects.toThrow('offline');
    expect(texts.failure('en')).toBeInstanceOf(Error);
    expect(texts.loaded('en')).toBeUndefined();

    const second = texts.load('en');
    expect(texts.failure('en')).toBeUndefined();
    expect((await second).frame).toEqual(catalogues.en.frame);
    expect(texts.loaded('en')).toBe(await second);
    expect(loads).toBe(2);
  });
});
