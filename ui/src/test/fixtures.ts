// Test data shared by component tests: records as the core returns them.
import type { Client } from "../bindings";

export const CLIENT: Client = {
  id: "0190b3a2-0000-7000-8000-000000000001",
  name: "Trattoria da Mario",
  sector: "Ristorazione",
  place: "Bologna",
  website: "",
  timezone: "Europe/Rome",
  language: "it",
  phase: "growth",
  status: "active",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
};
