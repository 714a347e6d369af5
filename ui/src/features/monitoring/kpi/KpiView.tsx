// Placeholder until the view is written.
import type { Client, Monitoring } from "../../../bindings";

export function KpiView(_: { client: Client; monitoring: Monitoring }) {
  return null;
}
