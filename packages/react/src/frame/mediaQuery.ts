/** The page's media query list for `query`; `null` where there is none (the server, old test DOMs). */
export function mediaQuery(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}
