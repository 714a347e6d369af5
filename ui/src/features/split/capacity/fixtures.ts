// A client's split as the core returns it, for the capacity and phases tests.
import type { Capacity, Cell, Load, Person, Phase, Split, SplitSide } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";

const skills = { strategy: 0, copywriting: 0, photo: 0, video: 0, graphics: 0, community: 0, advertising: 0, analytics: 0 };

export function person(id: string, name: string, side: Person["side"], weeklyHours = 20): Person {
  return {
    id,
    clientId: CLIENT.id,
    name,
    side,
    role: "",
    weeklyHours,
    skills,
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
  };
}

export const MARIO = person("person-mario", "Mario Rossi", "business");
export const GIULIA = person("person-giulia", "Giulia Bianchi", "business");
export const LUCA = person("person-luca", "Luca Verdi", "agency", 30);

export function load(personId: string, available: number, assigned: number, level: Load["level"]): Load {
  return { personId, available, assigned, percent: available > 0 ? (assigned / available) * 100 : 0, level };
}

export function capacity(phase: Phase, extra: Partial<Capacity> = {}): Capacity {
  return {
    phase,
    people: [],
    businessHours: 0,
    agencyHours: 0,
    unassignedBusiness: 0,
    unassignedAgency: 0,
    agencyCost: 0,
    budgetLevel: "ok",
    ...extra,
  };
}

export function cell(phase: Phase, activityId: string, channelId: string, side: SplitSide): Cell {
  return {
    id: `cell-${phase}-${activityId}-${channelId}`,
    phase,
    activityId,
    channelId,
    side,
    businessHours: side === "agency" ? 0 : 4,
    agencyHours: side === "business" ? 0 : 4,
    raci: [],
    decisionId: null,
  };
}

export function split(extra: Partial<Split> = {}): Split {
  return {
    clientId: CLIENT.id,
    phase: "growth",
    language: "it",
    settings: { hourlyRate: 40, monthlyBudget: 2000, capacityMargin: 80 },
    activities: [
      { id: "act-copy", key: "copywriting", name: "", skills: ["copywriting"], voice: 1, hours: 6, status: "active" },
      { id: "act-own", key: "custom:degustazioni", name: "Serate di degustazione", skills: [], voice: 2, hours: 3, status: "active" },
    ],
    channels: [
      { id: "ch-ig", channel: "instagram", name: "", importance: 3, status: "active" },
      { id: "ch-fb", channel: "facebook", name: "", importance: 2, status: "active" },
    ],
    people: [MARIO, GIULIA, LUCA],
    cells: [],
    advice: [],
    capacity: (["startup", "growth", "autonomy"] as const).map((p) => capacity(p)),
    transfers: [],
    ...extra,
  };
}
