// Placeholder until the view is written.
import type { Client, Monitoring } from "../../../bindings";

export function MetricsView(_: { client: Client; monitoring: Monitoring }) {
  return null;
}
