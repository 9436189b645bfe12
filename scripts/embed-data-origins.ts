// The origins, besides their own, from which the iframe chart pages take an update of the figures
// (`data-src`): fixed when the pages are built and written into each page (with its
// Content-Security-Policy's connect-src), so that nobody can make them show forged figures.
// Usage: --allow-data-origin=https://news.example.kz (repeatable, or several separated by commas),
// or KZ_EMBED_DATA_ORIGINS="https://news.example.kz https://data.example.kz".

/** The allowed origins from the command line and the environment; throws on anything but an http(s) origin. */
export function allowedDataOrigins(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const flag = '--allow-data-origin=';
  const given = [
    ...argv.filter((arg) => arg.startsWith(flag)).map((arg) => arg.slice(flag.length)),
    env.KZ_EMBED_DATA_ORIGINS ?? '',
  ].flatMap((list) => list.split(/[\s,]+/).filter(Boolean));
  const origins = given.map((value) => {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      // Named below.
    }
    const origin = url?.origin;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || value.replace(/\/$/, '') !== origin) {
      throw new TypeError(
        `An allowed data origin is an http(s) origin without a path, e.g. https://news.example.kz; got ${JSON.stringify(value)}.`,
      );
    }
    return origin;
  });
  return [...new Set(origins)];
}
