import { useSyncExternalStore } from 'react';
import { mediaQuery } from './mediaQuery.js';

const reducedMotion = () => mediaQuery('(prefers-reduced-motion: reduce)');

function subscribe(onChange: () => void): () => void {
  const list = reducedMotion();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

function prefersReducedMotion(): boolean {
  return reducedMotion()?.matches ?? false;
}

/** Whether the marks should animate: never under `prefers-reduced-motion`, nor on the server. */
export function useAnimation(animate: boolean | 'auto' = 'auto'): boolean {
  const reduced = useSyncExternalStore(subscribe, prefersReducedMotion, () => true);
  return animate === 'auto' ? !reduced : animate;
}
