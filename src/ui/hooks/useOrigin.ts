import type { DOMElement } from 'ink';
import { useLayoutEffect, useRef, useState } from 'react';

export interface Point {
  x: number;
  y: number;
}

/** Where an element starts, in columns and rows from the top-left of the whole Ink output. */
export function originOf(node: DOMElement | null): Point {
  let x = 0;
  let y = 0;
  for (let n: DOMElement | undefined = node ?? undefined; n; n = n.parentNode) {
    x += n.yogaNode?.getComputedLeft() ?? 0;
    y += n.yogaNode?.getComputedTop() ?? 0;
  }
  return { x, y };
}

/**
 * The origin of the element behind the returned ref, read after every layout. Ink lays out in the
 * commit before layout effects run, so a change shows up one render later (a cursor-only update).
 */
export function useOrigin(): [React.RefObject<DOMElement | null>, Point] {
  const ref = useRef<DOMElement | null>(null);
  const [origin, setOrigin] = useState<Point>({ x: 0, y: 0 });
  // No dependency list on purpose: layout may move the element after any render; setOrigin runs only
  // when the origin changed, so this settles after one extra render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  useLayoutEffect(() => {
    const next = originOf(ref.current);
    if (next.x !== origin.x || next.y !== origin.y) setOrigin(next);
  });
  return [ref, origin];
}
