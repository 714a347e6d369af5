// Screens other than the first ones load as chunks of their own, so a launch
// parses and runs only the code of the screen it opens on. Once that screen
// shows its data, the others load in the background (prefetchScreens), so
// moving to another screen does not wait for its code.
import { lazy, type ComponentType } from "react";

const loaders: (() => Promise<unknown>)[] = [];
let prefetched = false;

/** A screen loaded on first use: `lazyScreen(() => import("./X").then((m) => m.X))`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound for props
export function lazyScreen<C extends ComponentType<any>>(load: () => Promise<C>) {
  loaders.push(load);
  return lazy(async () => ({ default: await load() }));
}

/** Loads every lazy screen's code now (once). */
export function prefetchScreens() {
  if (prefetched) return;
  prefetched = true;
  for (const load of loaders) void load();
}
