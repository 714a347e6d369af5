// The moment the app's first screen shows its data, as a User Timing mark
// ("first-screen"): `make bench` measures launch to this mark against an empty
// Tauri window that marks its own, and the web inspector's timeline shows it.
import { useEffect } from "react";

let marked = false;

/** Marks the first screen once, the first time `ready` is true in any screen. */
export function useFirstScreenMark(ready: boolean) {
  useEffect(() => {
    if (!ready || marked) return;
    marked = true;
    performance.mark("first-screen");
  }, [ready]);
}
