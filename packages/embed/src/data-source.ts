// Where a chart element's figures come from, and the update chunk that reads them: only an element
// with `data-src` or an inline `<script type="application/json">` child loads that chunk.
import type { DataSource, UpdateModule } from './update-module.js';

/** The attribute naming an update file, fetched with CORS. */
export const dataSrcAttribute = 'data-src';

/** The inline update: the element's own `<script type="application/json">` child. */
function inlineUpdate(element: HTMLElement): HTMLScriptElement | null {
  for (const child of element.children) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return null;
}

/**
 * Where `element`'s figures come from, or `null` for the bundled ones: its `data-src` (resolved
 * against the page's address), else its inline JSON child.
 */
export function dataSourceOf(element: HTMLElement): DataSource | null {
  const src = element.getAttribute(dataSrcAttribute)?.trim();
  if (src) return { src: new URL(src, document.baseURI).href };
  const inline = inlineUpdate(element);
  return inline ? { inline: inline.textContent ?? '' } : null;
}

/** Whether `element` takes its figures from an update, as far as can be told before its children are parsed. */
export function takesUpdate(element: HTMLElement): boolean {
  return Boolean(element.getAttribute(dataSrcAttribute)?.trim()) || inlineUpdate(element) !== null;
}

/** The same source, as a key to tell whether it changed. */
export function sourceKey(source: DataSource | null): string {
  if (!source) return '';
  return 'src' in source ? `src ${source.src}` : `inline ${source.inline}`;
}

/** Resolves once the page is parsed, so that an element's inline child is there to be read. */
export function whenParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => document.addEventListener('DOMContentLoaded', () => done(), { once: true }));
}

let updateModule: Promise<UpdateModule> | null = null;

/** The update chunk from `base` (the loader's folder), imported once; a failed import is tried anew. */
export function loadUpdateModule(base: string): Promise<UpdateModule> {
  if (!updateModule) {
    const module = import(/* @vite-ignore */ new URL('charts/dataset-update.js', base).href) as Promise<UpdateModule>;
    module.catch(() => {
      updateModule = null;
    });
    updateModule = module;
  }
  return updateModule;
}
