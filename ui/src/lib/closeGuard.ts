// Nothing typed is lost when the window closes: the close waits for pending
// saves. Outside Tauri (tests, a plain browser) this does nothing.
import { getCurrentWindow } from "@tauri-apps/api/window";

import { flushAll } from "./saver";

export function installCloseGuard(): void {
  if (!("__TAURI_INTERNALS__" in window)) return;
  void getCurrentWindow().onCloseRequested(async () => {
    await flushAll();
  });
  window.addEventListener("pagehide", () => void flushAll());
}
