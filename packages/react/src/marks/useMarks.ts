import { useCallback, useMemo, useRef, useState } from 'react';
import type { Anchor, MarksApi } from './MarksContext.js';

export interface ActiveMark extends Anchor {
  index: number;
}

/** State of a chart's marks: which one is in the tab order, which one shows its tooltip. */
export function useMarks(count: number): { api: MarksApi; active: ActiveMark | null } {
  const [active, setActive] = useState<ActiveMark | null>(null);
  const [tabbableIndex, setTabbableIndex] = useState(0);
  const refocus = useRef<number | null>(null);
  const activate = useCallback((index: number, anchor: Anchor) => {
    setTabbableIndex(index);
    setActive({ index, ...anchor });
  }, []);
  const deactivate = useCallback((index: number) => {
    setActive((current) => (current?.index === index ? null : current));
  }, []);
  const safeTabbable = tabbableIndex < count ? tabbableIndex : 0;
  const api = useMemo(
    () => ({ tabbableIndex: safeTabbable, activeIndex: active?.index ?? null, activate, deactivate, count, refocus }),
    [safeTabbable, active, activate, deactivate, count],
  );
  return { api, active: active && active.index < count ? active : null };
}
