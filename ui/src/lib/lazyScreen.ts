// Screens other than the first ones load as chunks of their own, on first
// use: a launch parses and runs only the code of the screen it opens on, and
// the web view holds only the code of the screens a person opened.
import { lazy, type ComponentType } from "react";

/** A screen loaded on first use: `lazyScreen(() => import("./X").then((m) => m.X))`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound for props
export function lazyScreen<C extends ComponentType<any>>(load: () => Promise<C>) {
  return lazy(async () => ({ default: await load() }));
}
