import type { Client, Strategy } from "../../bindings";

export function SocialView(_props: { client: Client; strategy: Strategy; agency?: boolean }) {
  return null;
}
