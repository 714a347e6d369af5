// What the views derive from a range read, once per read: occasions placed on
// the days that show them, who an item waits for, and the filters as a query.
import type { CalendarDay, CalendarEntry, CalendarOccasion, CalendarQuery, ClientId, ItemStatus, ObjectiveId, PillarId, Side } from "../../../bindings";
import { addDays, weekday } from "./dates";

export type View = "month" | "week" | "list";

export const STATUSES: readonly ItemStatus[] = ["idea", "draft", "in_review", "changes_requested", "approved", "scheduled", "published", "cancelled"];

/** At most this many chips in a month cell; the rest is one "+N" button. */
export const CELL_CHIPS = 3;
/** At most this many chips in a week column. */
export const COLUMN_CHIPS = 40;

/** A day of the month or week grid as the views draw it: its count and its first entries. */
export interface GridDay {
  day: string;
  count: number;
  entries: CalendarEntry[];
}

/**
 * The grid read's days with their chips made whole again: a chip leaves out
 * its day (the day's) and, in one client's calendar, the client (the
 * query's), which is what crosses IPC; the views and the editor take entries.
 */
export function gridDaysOf(days: readonly CalendarDay[], clientId: ClientId | null): GridDay[] {
  return days.map((d) => ({
    day: d.day,
    count: d.count,
    entries: d.entries.map((chip) => {
      const owner = chip.clientId ?? clientId;
      if (owner === null) throw new Error(`a chip of ${d.day} names no client`);
      return { id: chip.id, clientId: owner, channel: chip.channel, title: chip.title, plannedLocal: `${d.day}T${chip.time}`, status: chip.status };
    }),
  }));
}

/**
 * Occasions per day of `days`. A one-day occasion sits on its day; a long one
 * (the sales last weeks) on its first day and again on each Monday and on the
 * first day shown, so every row it crosses names it once and no cell fills up.
 */
export function occasionsByDay(occasions: readonly CalendarOccasion[], days: readonly string[]): Map<string, CalendarOccasion[]> {
  const byDay = new Map<string, CalendarOccasion[]>();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return byDay;
  const add = (day: string, occasion: CalendarOccasion) => {
    const list = byDay.get(day);
    if (list) list.push(occasion);
    else byDay.set(day, [occasion]);
  };
  for (const occasion of occasions) {
    const from = occasion.from < first ? first : occasion.from;
    const to = occasion.to > last ? last : occasion.to;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (day === from || weekday(day) === 0) add(day, occasion);
    }
  }
  return byDay;
}

/** Who has to act next on an item, when it waits for someone. */
export function waitsFor(status: ItemStatus): Side | null {
  if (status === "in_review") return "business";
  if (status === "changes_requested") return "agency";
  return null;
}

const SHORT: Partial<Record<string, string>> = {
  instagram: "IG",
  facebook: "FB",
  tiktok: "TT",
  linkedin: "IN",
  youtube: "YT",
  google_business: "GB",
  whatsapp: "WA",
  pinterest: "PI",
  threads: "TH",
  x: "X",
  telegram: "TG",
  newsletter: "NL",
  blog: "BL",
};

/** Two letters for a chip; the full name goes in its accessible name. */
export function channelShort(channel: string): string {
  return SHORT[channel] ?? channel.replace(/^custom:/, "").slice(0, 2).toUpperCase();
}

export interface Filters {
  channel: string;
  status: ItemStatus | "";
  pillarId: PillarId | "";
  objectiveId: ObjectiveId | "";
  ownerSide: Side | "";
}

export const NO_FILTERS: Filters = { channel: "", status: "", pillarId: "", objectiveId: "", ownerSide: "" };

export function toQuery(clientId: ClientId | null, range: { from: string; to: string }, filters: Filters): CalendarQuery {
  return {
    clientId,
    from: range.from,
    to: range.to,
    channels: filters.channel ? [filters.channel] : [],
    statuses: filters.status ? [filters.status] : [],
    pillarId: filters.pillarId || null,
    objectiveId: filters.objectiveId || null,
    ownerSide: filters.ownerSide || null,
  };
}

/** Eight colours far enough apart to tell clients apart, then repeated. */
export const CLIENT_PALETTE = ["#1f3a57", "#d9553d", "#2f7d4f", "#b7791f", "#6b4fa0", "#2b7a8c", "#9c3d6b", "#5b6877"];
