// Query keys, one namespace per feature, so a mutation invalidates exactly its own.
import type { ClientId, ClientQuery, DecisionQuery, VersionId, VersionRef } from "../bindings";

export const queryKeys = {
  app: { status: ["app", "status"] as const, timezones: ["app", "timezones"] as const },
  clients: {
    all: ["clients"] as const,
    list: (query: ClientQuery) => ["clients", "list", query] as const,
    detail: (id: ClientId) => ["clients", "detail", id] as const,
  },
  people: { list: (clientId: ClientId) => ["people", clientId] as const },
  questionnaire: { detail: (clientId: ClientId) => ["questionnaire", clientId] as const },
  strategy: {
    detail: (clientId: ClientId) => ["strategy", clientId] as const,
    version: (id: VersionId) => ["strategy", "version", id] as const,
    diff: (clientId: ClientId, from: VersionRef, to: VersionRef) => ["strategy", clientId, "diff", from, to] as const,
  },
  decisions: {
    all: (clientId: ClientId) => ["decisions", clientId] as const,
    list: (clientId: ClientId, query: DecisionQuery) => ["decisions", clientId, query] as const,
  },
};
