import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** Whether the marks should animate: never under `prefers-reduced-motion`, nor on the server. */
export function useAnimation(animate: boolean | 'auto' = 'auto'): boolean {
  const reduced = useSyncExternalStore(subscribe, prefersReducedMotion, () => true);
  return animate === 'auto' ? !reduced : animate;
}
