import type { ClientId, VersionId } from "../../bindings";

export function PrintStrategy(_props: { clientId: ClientId; versionId: VersionId }) {
  return null;
}
