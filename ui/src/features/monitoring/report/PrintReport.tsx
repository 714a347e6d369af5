// Placeholder until the report is written.
import type { ClientId } from "../../../bindings";

export function PrintReport(_: { clientId: ClientId; month: string }) {
  return null;
}
