// Export and import of the calendar (stub until written).
import type { Client } from "../../../bindings";

export function TransferPanel(_props: { client: Client }) {
  return null;
}
