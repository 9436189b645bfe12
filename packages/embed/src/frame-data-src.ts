// Which update addresses an iframe chart page takes: those of its own origin, or of an origin allowed
// when the pages were built, so that nobody can make our chart pages show forged figures under our
// address. A custom element on a newsroom's page takes any address: the page is the newsroom's.

/**
 * `src` resolved against `pageUrl` when the page may take figures from it: an http(s) address of the
 * page's own origin or of one of `allowed` (the origins written into the page at build time,
 * separated by spaces); else `null`.
 */
export function allowedDataSrc(src: string, pageUrl: string, allowed: string | undefined): string | null {
  let address: URL;
  try {
    address = new URL(src, pageUrl);
  } catch {
    return null;
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return null;
  const origins = (allowed ?? '').split(/\s+/).filter(Boolean);
  return address.origin === new URL(pageUrl).origin || origins.includes(address.origin) ? address.href : null;
}
