// The editor of one content item (stub until written).
import type { Client, ItemId } from "../../../bindings";

export interface NewItemDraft {
  /** `YYYY-MM-DD`, or empty for an idea without a day. */
  date: string;
  time?: string;
  title?: string;
  occasion?: string | null;
}

export function ItemEditor(_props: { client: Client; agency: boolean; itemId: ItemId | null; draft?: NewItemDraft; onClose: () => void }) {
  return null;
}
