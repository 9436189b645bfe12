import { describe, expect, it } from 'vitest';
import { type Locale, loadFailureTexts } from '../../packages/core/src/index.js';
import { updateFailureTexts } from '../../packages/core/src/update.js';
import { stringsIn, violationsOf } from '../helpers/copy-rules.js';

const locales: readonly Locale[] = ['ru', 'kk', 'en'];

describe('updateFailureTexts: what an embed says of an update it cannot use', () => {
  it('says the same things in every locale, following the copy rules', () => {
    for (const locale of locales) {
      const texts = updateFailureTexts[locale];
      expect(Object.keys(texts), locale).toEqual(Object.keys(updateFailureTexts.en));
      for (const text of Object.values(texts)) expect(text.trim(), locale).not.toBe('');
      expect(violationsOf(stringsIn(texts), locale), locale).toEqual([]);
      // The retry button reads as the load-failure notice's.
      expect(texts.retry).toBe(loadFailureTexts[locale].retry);
    }
  });
});
