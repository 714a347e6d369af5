// CadencePanel (stub until written).
import type { Client } from "../../../bindings";

export function CadencePanel(_props: { client: Client; weekStart: string }) {
  return null;
}
