// Query keys, one namespace per feature, so a mutation invalidates exactly its own.
import type { CalendarQuery, ClientId, ClientQuery, DecisionQuery, ItemId, ReviewId, VersionId, VersionRef } from "../bindings";

export const queryKeys = {
  app: { status: ["app", "status"] as const, timezones: ["app", "timezones"] as const, backups: ["app", "backups"] as const },
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
  calendar: {
    all: ["calendar"] as const,
    entries: (query: CalendarQuery) => ["calendar", "entries", query] as const,
    days: (query: CalendarQuery, perDay: number) => ["calendar", "days", query, perDay] as const,
    item: (id: ItemId) => ["calendar", "item", id] as const,
    occasions: (clientId: ClientId, from: string, to: string) => ["calendar", "occasions", clientId, from, to] as const,
    ownOccasions: (clientId: ClientId) => ["calendar", "own-occasions", clientId] as const,
    slots: (clientId: ClientId) => ["calendar", "slots", clientId] as const,
    cadence: (clientId: ClientId, from: string, weeks: number) => ["calendar", "cadence", clientId, from, weeks] as const,
  },
  split: { detail: (clientId: ClientId) => ["split", clientId] as const },
  monitoring: { detail: (clientId: ClientId) => ["monitoring", clientId] as const },
  sharing: { detail: (clientId: ClientId) => ["sharing", clientId] as const },
  reviews: {
    list: (clientId: ClientId) => ["reviews", clientId] as const,
    detail: (id: ReviewId) => ["reviews", "detail", id] as const,
  },
  decisions: {
    all: (clientId: ClientId) => ["decisions", clientId] as const,
    list: (clientId: ClientId, query: DecisionQuery) => ["decisions", clientId, query] as const,
  },
};
