// The item editor as the calendar screens open it: its code loads the first
// time an item is opened (the month a person opens the calendar on does not
// wait for it), and nothing shows meanwhile.
import { Suspense, type ComponentProps } from "react";

import { lazyScreen } from "../../../lib/lazyScreen";
import type { ItemEditor as Editor } from "./ItemEditor";

const ItemEditor = lazyScreen(() => import("./ItemEditor").then((x) => x.ItemEditor));

export function LazyItemEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={null}>
      <ItemEditor {...props} />
    </Suspense>
  );
}
