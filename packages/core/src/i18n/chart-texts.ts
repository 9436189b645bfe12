import type { Locale } from '../types.js';
import type { CommonMessages } from './messages.js';

/**
 * A chart's texts in each locale, each loaded on first use, so that a page downloads only the
 * languages it shows. The loaded texts are kept: asking again returns them at once.
 */
export interface ChartTexts<M extends CommonMessages> {
  /** The texts of `locale` once loaded, otherwise `undefined`. */
  loaded(locale: Locale): M | undefined;
  /** Why the last load of `locale` failed, until it is tried again; otherwise `undefined`. */
  failure(locale: Locale): unknown;
  /**
   * Loads the texts of `locale`, once for every chart of the page. A load that fails (the page
   * went offline, a chunk was not published) rejects; the next call tries again.
   */
  load(locale: Locale): Promise<M>;
}

/** What a chart adds to the common texts, loaded for one locale. */
type OwnTexts<M extends CommonMessages> = Record<Locale, () => Promise<Omit<M, keyof CommonMessages>>>;

// Each import() is written out, so that every bundler makes each locale's texts a file of their own.
const commonLoaders: Record<Locale, () => Promise<CommonMessages>> = {
  ru: () => import('./ru/common.js').then((module) => module.ruCommon),
  kk: () => import('./kk/common.js').then((module) => module.kkCommon),
  en: () => import('./en/common.js').then((module) => module.enCommon),
};

/** One load at a time per key; a failed one is forgotten, so that it can be tried again. */
function cachedLoads<K, T>(loader: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loads = new Map<K, Promise<T>>();
  return (key) => {
    let load = loads.get(key);
    if (!load) {
      load = loader(key);
      loads.set(key, load);
      load.catch(() => loads.delete(key));
    }
    return load;
  };
}

const loadCommon = cachedLoads((locale: Locale) => commonLoaders[locale]());

/** The texts of a chart whose own sections `own` loads: the common texts come from one shared load. */
export function chartTexts<M extends CommonMessages>(own: OwnTexts<M>): ChartTexts<M> {
  const done = new Map<Locale, M>();
  const failures = new Map<Locale, unknown>();
  const loadOnce = cachedLoads(async (locale: Locale) => {
    const [common, ownTexts] = await Promise.all([loadCommon(locale), own[locale]()]);
    // The common sections and the chart's own make up M, which TypeScript cannot see through Omit.
    const texts = { ...common, ...ownTexts } as unknown as M;
    done.set(locale, texts);
    return texts;
  });
  return {
    loaded: (locale) => done.get(locale),
    failure: (locale) => failures.get(locale),
    load(locale) {
      failures.delete(locale);
      const load = loadOnce(locale);
      load.catch((error: unknown) => failures.set(locale, error));
      return load;
    },
  };
}
