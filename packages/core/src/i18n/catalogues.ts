import type { Locale } from '../types.js';
import { assertOneOf } from '../validate.js';
import { en } from './en.js';
import { locales } from './format.js';
import { kk } from './kk.js';
import type { Messages } from './messages.js';
import { ru } from './ru.js';

export { en, kk, ru };

/** The message catalogue of every locale. */
export const catalogues: Readonly<Record<Locale, Messages>> = { ru, kk, en };

/** The catalogue for `locale`; throws a `KztError` (`unknown-locale`) naming the valid ones. */
export function messagesFor(locale: unknown): Messages {
  return catalogues[assertOneOf(locale, locales, 'unknown-locale', 'locale')];
}
