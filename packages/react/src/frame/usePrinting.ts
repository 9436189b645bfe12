import { useSyncExternalStore } from 'react';
import { mediaQuery } from './mediaQuery.js';

/** Whether the page is being printed (or saved as PDF); `beforeprint` comes before the print media applies. */
let printRequested = false;

const printMedia = () => mediaQuery('print');

/**
 * Calls `onChange` when printing starts or ends: on `beforeprint`/`afterprint` (Save as PDF, the
 * print dialog) and on the print media query (a headless capture that only switches the media).
 */
export function subscribeToPrint(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const before = () => {
    printRequested = true;
    onChange();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  const media = printMedia();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

export function isPrinting(): boolean {
  return printRequested || (printMedia()?.matches ?? false);
}

/** Whether the page is being printed: the charts then draw without animation. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribeToPrint, isPrinting, () => false);
}
