// Placeholder until the import is written.
import type { Client, Monitoring } from "../../../bindings";

export function ImportAction(_: { client: Client; monitoring: Monitoring }) {
  return null;
}
