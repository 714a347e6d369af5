// The editorial calendar of one client.
import type { Client } from "../../bindings";

export function CalendarScreen(_props: { client: Client; agency: boolean }) {
  return null;
}
