// Placeholder until the view is written.
import type { Client, Monitoring } from "../../../bindings";

export function ValuesView(_: { client: Client; monitoring: Monitoring }) {
  return null;
}
