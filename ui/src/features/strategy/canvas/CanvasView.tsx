// The business canvas of a client.
import type { Client, Strategy } from "../../../bindings";

export function CanvasView(_props: { client: Client; strategy: Strategy }) {
  return null;
}
