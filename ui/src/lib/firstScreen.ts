// The moment the app's first screen shows its data, as a User Timing mark
// ("first-screen"): `make bench` measures launch to this mark against an empty
// Tauri window that marks its own, and the web inspector's timeline shows it.
// Then the code of the other screens loads in the background.
import { useEffect } from "react";

import { prefetchScreens } from "./lazyScreen";

let marked = false;

/** Marks the first screen once, the first time `ready` is true in any screen. */
export function useFirstScreenMark(ready: boolean) {
  useEffect(() => {
    if (!ready || marked) return;
    marked = true;
    performance.mark("first-screen");
    // The other screens' code, now that the first one is up.
    window.setTimeout(prefetchScreens, 0);
  }, [ready]);
}
