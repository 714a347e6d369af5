import type { Client, Strategy } from "../../bindings";

export function VersionBar(_props: { client: Client; strategy: Strategy; agency?: boolean }) {
  return null;
}
