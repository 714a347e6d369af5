// Test data for the split's screens: a client's split as the core returns it,
// built from small pieces so a test names only what it is about, and the IPC
// mock every split test answers with. One cast of people and one plan serve
// every view, so a figure means the same in each test.

import type {
  Activity,
  Advice,
  Capacity,
  Cell,
  Load,
  Person,
  Phase,
  RaciEntry,
  Reason,
  Role,
  Skills,
  Split,
  SplitChannel,
  SplitSide,
  Transfer,
} from "../../bindings";
import { CLIENT } from "../../test/fixtures";
import { useNavigation } from "../app/navigation";

const NO_SKILLS: Skills = { strategy: 0, copywriting: 0, photo: 0, video: 0, graphics: 0, community: 0, advertising: 0, analytics: 0 };

type PersonExtra = Partial<Omit<Person, "skills">> & { skills?: Partial<Skills> };

/** One of the client's people; skills not named are 0. */
export function person(id: string, name: string, side: Person["side"], { skills = {}, ...extra }: PersonExtra = {}): Person {
  return {
    id,
    clientId: CLIENT.id,
    name,
    side,
    role: "",
    weeklyHours: 20,
    skills: { ...NO_SKILLS, ...skills },
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
    ...extra,
  };
}

export const MARIO = person("person-mario", "Mario Rossi", "business", { skills: { community: 2 } });
export const GIULIA = person("person-giulia", "Giulia Bianchi", "business", { skills: { graphics: 1 } });
export const LUCA = person("person-luca", "Luca Verdi", "agency", { weeklyHours: 30, skills: { graphics: 3 } });

/** An active activity; a custom one has a `custom:` key and a name. */
export function activity(id: string, key: string, extra: Partial<Activity> = {}): Activity {
  return { id, key, name: "", skills: [], voice: 1, hours: null, status: "active", ...extra };
}

export const COPY = activity("act-copy", "copywriting", { skills: ["copywriting"], hours: 6 });
export const COMMUNITY = activity("act-community", "community", { skills: ["community"], voice: 2, hours: 8 });
export const TASTINGS = activity("act-own", "custom:degustazioni", { name: "Serate di degustazione", voice: 2, hours: 3 });

/** An active channel of the plan. */
export function channel(id: string, key: string, extra: Partial<SplitChannel> = {}): SplitChannel {
  return { id, channel: key, name: "", importance: 3, status: "active", ...extra };
}

export const INSTAGRAM = channel("ch-ig", "instagram");
export const FACEBOOK = channel("ch-fb", "facebook", { importance: 2 });

/** A row of the split: 4 h a month on each side that does the work, and no RACI. */
export function cell(phase: Phase, activityId: string, channelId: string, side: SplitSide, extra: Partial<Cell> = {}): Cell {
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
    ...extra,
  };
}

/** A row's RACI, one `[person, role]` pair per entry, in this order. */
export function raci(...entries: [Person, Role][]): RaciEntry[] {
  return entries.map(([who, role]) => ({ personId: who.id, role }));
}

/** Regia's advice for a row, its score following the side. */
export function advice(phase: Phase, activityId: string, channelId: string, side: SplitSide, reasons: Reason[] = []): Advice {
  return { phase, activityId, channelId, recommendation: { side, score: side === "business" ? 2 : side === "agency" ? -2 : 0, reasons } };
}

export function load(personId: string, available: number, assigned: number, level: Load["level"]): Load {
  return { personId, available, assigned, percent: available > 0 ? (assigned / available) * 100 : 0, level };
}

/** A phase's capacity: nobody loaded and nothing to pay unless `extra` says so. */
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

/** Giulia learning graphics from the agency, still planned. */
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

/** The client's split in the growth phase: two activities on two channels, no rows yet. */
export function split(extra: Partial<Split> = {}): Split {
  return {
    clientId: CLIENT.id,
    phase: "growth",
    language: "it",
    settings: { hourlyRate: 40, monthlyBudget: 2000, capacityMargin: 80 },
    activities: [COPY, COMMUNITY],
    channels: [INSTAGRAM, FACEBOOK],
    people: [MARIO, GIULIA, LUCA],
    cells: [],
    advice: [],
    capacity: (["startup", "growth", "autonomy"] as const).map((p) => capacity(p)),
    transfers: [],
    ...extra,
  };
}

export { mockCore, type Call } from "../../test/ipc";

/** Shows where the app has navigated to: the screen, and the tab of a client's screen. */
export function Where() {
  const { route } = useNavigation();
  return <output aria-label="route">{route.screen === "client" ? `client ${route.tab}` : route.screen}</output>;
}
