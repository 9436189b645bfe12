import { useCallback, useEffect, useState } from 'react';
import { usePrinting } from '../frame/usePrinting.js';

/**
 * Whether a drawing animates: only the first drawing of the chart. Once anything the drawing shows
 * changes (`inputs`: its box, texts, data) or the page is printed, the marks are drawn final at
 * once, and never animate again, so that a resize never regrows them from zero. The end of the
 * first animation changes nothing in the drawing (a mark focused meanwhile stays the same element).
 * `onDrawn` is called once the final marks are drawn.
 */
export function useFirstAnimation(
  animate: boolean,
  inputs: readonly unknown[],
  onDrawn: () => void,
): { animate: boolean; onAnimationEnd: () => void } {
  const [firstInputs] = useState(inputs);
  const [ended, setEnded] = useState(!animate);
  const [stopped, setStopped] = useState(!animate);
  const printing = usePrinting();
  const changed = inputs.some((input, index) => !Object.is(input, firstInputs[index]));
  const animating = animate && !stopped && !changed && !printing;
  const onAnimationEnd = useCallback(() => setEnded(true), []);
  useEffect(() => {
    if (!animating) setStopped(true);
  }, [animating]);
  useEffect(() => {
    if (ended || !animating) onDrawn();
  }, [ended, animating, onDrawn]);
  return { animate: animating, onAnimationEnd };
}
