import { useCallback, useEffect, useState } from 'react';
import { usePrinting } from '../frame/usePrinting.js';

/**
 * Whether a drawing animates: only the first drawing of the chart, and only until its animation has
 * ended. Once anything the drawing shows changes (`inputs`: its box, texts, data) or the page is
 * printed, the marks are drawn final at once, so that a resize never regrows them from zero.
 * `onDrawn` is called once the final marks are drawn.
 */
export function useFirstAnimation(
  animate: boolean,
  inputs: readonly unknown[],
  onDrawn: () => void,
): { animate: boolean; onAnimationEnd: () => void } {
  const [firstInputs] = useState(inputs);
  const [ended, setEnded] = useState(!animate);
  const printing = usePrinting();
  const changed = inputs.some((input, index) => !Object.is(input, firstInputs[index]));
  const animating = animate && !ended && !changed && !printing;
  const onAnimationEnd = useCallback(() => setEnded(true), []);
  useEffect(() => {
    if (animating) return;
    setEnded(true);
    onDrawn();
  }, [animating, onDrawn]);
  return { animate: animating, onAnimationEnd };
}
