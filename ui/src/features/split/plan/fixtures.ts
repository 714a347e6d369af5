// A client's split as the core returns it, for the plan's tests.
import type { Person, Skills, Split, Transfer } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";

const none: Skills = { strategy: 0, copywriting: 0, photo: 0, video: 0, graphics: 0, community: 0, advertising: 0, analytics: 0 };

function person(id: string, name: string, side: Person["side"], skills: Partial<Skills> = {}): Person {
  return {
    id,
    clientId: CLIENT.id,
    name,
    side,
    role: "",
    weeklyHours: 10,
    skills: { ...none, ...skills },
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
  };
}

export const MARIO = person("person-mario", "Mario Rossi", "business", { community: 2 });
export const GIULIA = person("person-giulia", "Giulia Bianchi", "business", { graphics: 1 });
export const LUCA = person("person-luca", "Luca Verdi", "agency", { graphics: 3 });

export function transfer(extra: Partial<Transfer> = {}): Transfer {
  return {
    id: "transfer-1",
    personId: GIULIA.id,
    skill: "graphics",
    fromLevel: 1,
    toLevel: 2,
    sessions: 4,
    dueDate: "2027-03-31",
    status: "planned",
    notes: "",
    completedAt: null,
    ...extra,
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
      { id: "act-community", key: "community", name: "", skills: ["community"], voice: 2, hours: 8, status: "active" },
    ],
    channels: [
      { id: "ch-ig", channel: "instagram", name: "", importance: 3, status: "active" },
      { id: "ch-fb", channel: "facebook", name: "", importance: 2, status: "active" },
    ],
    people: [MARIO, GIULIA, LUCA],
    cells: [],
    advice: [],
    capacity: [],
    transfers: [],
    ...extra,
  };
}
