// OccasionsPanel (stub until written).
import type { Client } from "../../../bindings";

export function OccasionsPanel(_props: { client: Client }) {
  return null;
}
