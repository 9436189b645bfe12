// Kazakh text that reads the same in every runtime. Runtimes differ in their Kazakh locale data
// (Node has it; Debian's Chromium has none and formats like English), and a chart rendered on a
// server must show the same text once it hydrates in the reader's browser. So Kazakh numbers are
// written with Russian Intl, whose symbols Kazakh shares (decimal comma, space between thousands),
// adjusted where CLDR's Kazakh patterns differ; and the names of the countries the dataset carries
// are CLDR's Kazakh names (CLDR 48), kept here.

/** CLDR's Kazakh names of the countries in the bundled GSI table. */
export const kazakhCountryNames: Readonly<Record<string, string>> = {
  KZ: 'Қазақстан',
  KG: 'Қырғызстан',
  TJ: 'Тәжікстан',
  TM: 'Түрікменстан',
  UZ: 'Өзбекстан',
  RU: 'Ресей',
  BY: 'Беларусь',
  AM: 'Армения',
  AZ: 'Әзірбайжан',
  MD: 'Молдова',
  GE: 'Грузия',
  UA: 'Украина',
  MN: 'Моңғолия',
  CN: 'Қытай',
  TR: 'Түркия',
  NO: 'Норвегия',
  CH: 'Швейцария',
  DK: 'Дания',
  NL: 'Нидерланд',
  DE: 'Германия',
  SE: 'Швеция',
  FI: 'Финляндия',
  PT: 'Португалия',
};

/** A percentage written by Russian Intl in the Kazakh pattern, without a space before `%`. */
export function kazakhPercent(russian: string): string {
  return russian.replace(/[\s\u00a0\u202f]%/, '%');
}

/**
 * A compact number written by Russian Intl with the Kazakh word for thousands: `72 мың`, and
 * `208 мың` too, where CLDR abbreviates hundreds of thousands to `м.`, which reads like a million's.
 */
export function kazakhCompact(russian: string): string {
  return russian.replace('тыс.', 'мың');
}

/** Kazakh's plural category: `one` for 1, `other` for every other count. */
export function kazakhPluralCategory(count: number): Intl.LDMLPluralRule {
  return count === 1 ? 'one' : 'other';
}

/** Items joined as CLDR's Kazakh list: `a және b` for two, `a, b, c` for more. */
export function kazakhList(items: readonly string[]): string {
  return items.length === 2 ? `${items[0]} және ${items[1]}` : items.join(', ');
}
