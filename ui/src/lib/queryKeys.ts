// Query keys, one namespace per feature, so a mutation invalidates exactly its own.
import type { ClientId, ClientQuery } from "../bindings";

export const queryKeys = {
  app: { status: ["app", "status"] as const, timezones: ["app", "timezones"] as const },
  clients: {
    all: ["clients"] as const,
    list: (query: ClientQuery) => ["clients", "list", query] as const,
    detail: (id: ClientId) => ["clients", "detail", id] as const,
  },
  people: { list: (clientId: ClientId) => ["people", clientId] as const },
  questionnaire: { detail: (clientId: ClientId) => ["questionnaire", clientId] as const },
};
