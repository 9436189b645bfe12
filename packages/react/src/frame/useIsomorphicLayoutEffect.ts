import { useEffect, useLayoutEffect } from 'react';

/** useLayoutEffect, which measures before the first paint; on the server, where there is nothing to measure, useEffect. */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
