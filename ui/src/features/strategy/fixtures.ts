// Test data: strategies as the core returns them.
import type { Strategy, VersionSummary } from "../../bindings";
import { CLIENT } from "../../test/fixtures";

export function strategyOf(overrides: Partial<Strategy> = {}): Strategy {
  return {
    clientId: CLIENT.id,
    document: { mission: "", segments: [], cards: [], objectives: [], pillars: [], channels: [] },
    openVersion: null,
    editable: true,
    versions: [],
    mixTotal: 0,
    suggestions: [],
    ...overrides,
  };
}

export function version(overrides: Partial<VersionSummary> = {}): VersionSummary {
  return {
    id: "0190b3a2-0000-7000-8000-0000000000f1",
    number: 1,
    status: "submitted",
    submittedAt: "2026-11-20T09:00:00.000Z",
    submittedBy: "Studio Nord",
    submittedSide: "agency",
    decidedAt: null,
    decidedBy: null,
    decidedVia: null,
    comment: "",
    createdAt: "2026-11-20T08:00:00.000Z",
    ...overrides,
  };
}
