// SlotsPanel (stub until written).
import type { Client } from "../../../bindings";

export function SlotsPanel(_props: { client: Client }) {
  return null;
}
