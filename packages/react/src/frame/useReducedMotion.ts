import { useSyncExternalStore } from 'react';

/** The reader's reduced-motion preference as a media query list; `null` where there is none (the server). */
function reducedMotion(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;
}

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
