// Long lists paint what the window shows first. On its first render a list
// draws only as many rows as can fit in the window's height, and the rest
// one frame later: the rows below the fold cost the first screen React's
// render and the browser's first layout without being seen (on the clients
// list, 50 rows of which about 15 show). Later renders draw every row.
import { startTransition, useEffect, useState } from "react";

import { afterNextPaint } from "./firstScreen";

/** No row of a list is shorter than this (one line of text and its padding, in rem). */
const MIN_ROW_REM = 2.2;

/** How many rows fit in the window at most, from its height and the root font size. */
export function rowsThatFit(windowHeight: number, rootFontPx: number): number {
  return Math.ceil(windowHeight / (MIN_ROW_REM * rootFontPx));
}

function rootFontPx(): number {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/**
 * The number of a list's `total` rows to render: at first those that fit in
 * the window, then, from the frame after the first paint, all of them.
 */
export function useRowsInView(total: number): number {
  const [all, setAll] = useState(false);
  const [fit] = useState(() => rowsThatFit(window.innerHeight, rootFontPx()));
  const cut = !all && total > fit;
  useEffect(() => {
    if (!cut) return;
    return afterNextPaint(() => startTransition(() => setAll(true)));
  }, [cut]);
  return cut ? fit : total;
}
