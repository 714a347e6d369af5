import type { Client, Strategy } from "../../bindings";

export function VersionsView(_props: { client: Client; strategy: Strategy; agency?: boolean }) {
  return null;
}
