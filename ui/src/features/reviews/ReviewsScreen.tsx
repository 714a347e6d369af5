// Placeholder until the reviews screen is written.
import type { Client } from "../../bindings";

export function ReviewsScreen(_: { client: Client; agency: boolean }) {
  return null;
}
