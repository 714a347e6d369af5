// The moment the app's first screen is on screen with its data, as a User
// Timing mark ("first-screen"): `make bench` measures launch to this mark
// against an empty Tauri window whose page marks its own the same way. Both
// mark after the paint that shows their content: a frame callback runs just
// before the frame is painted, and a task queued from it runs after. The
// callback is asked for in a layout effect, which runs before the browser
// paints the commit, as the empty window's page asks for it before its
// first paint.
import { useLayoutEffect } from "react";

let marked = false;

/** Runs `then` once the next frame has been painted; returns a cancel. */
export function afterNextPaint(then: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** Marks the first screen once, after the first paint with `ready` true in any screen. */
export function useFirstScreenMark(ready: boolean) {
  useLayoutEffect(() => {
    if (!ready || marked) return;
    marked = true;
    afterNextPaint(() => performance.mark("first-screen"));
  }, [ready]);
}
