/** Most items a list attribute may hold; the rest are dropped (no chart has more marks than this). */
const maxItems = 64;
/** Longest list text read; the rest is cut. */
const maxListLength = 2000;

/** A list written as text: items separated by commas, semicolons or spaces (`"KZ, UZ KG"`). */
export function parseList(value: string): string[] {
  return value
    .slice(0, maxListLength)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, maxItems)
    .map((item) => item.slice(0, 40));
}
