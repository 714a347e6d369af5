// The benchmark's items, the same for both calendars: 2,000 in December 2026
// (64 or 65 a day, 08:00–20:00, four channels, every status) and 60 in
// January 2027 for the next month. Deterministic: a seeded generator.
import type { CalendarEntry, ItemStatus } from "../src/bindings";

export const DECEMBER_ITEMS = 2000;
export const JANUARY_ITEMS = 60;

const CHANNELS = ["instagram", "facebook", "tiktok", "linkedin"];
const STATUSES: ItemStatus[] = ["idea", "draft", "in_review", "changes_requested", "approved", "scheduled", "published", "cancelled"];
const TOPICS = ["Menù di Natale", "Offerta del giorno", "Dietro le quinte", "Ricetta della settimana", "Evento in sala", "Recensione cliente", "Nuovi arrivi", "Auguri"];
export const CLIENT_ID = "0190b3a2-0000-7000-8000-c00000000001";

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function make(n: number, day: string, random: () => number): CalendarEntry {
  // 08:00 to 20:00 in steps of five minutes.
  const minutes = 8 * 60 + Math.floor(random() * 145) * 5;
  const id = `0190b3a2-0000-7000-8000-${pad(n, 12)}`;
  return {
    id,
    clientId: CLIENT_ID,
    channel: CHANNELS[Math.floor(random() * CHANNELS.length)] ?? "instagram",
    title: `${TOPICS[Math.floor(random() * TOPICS.length)] ?? "Post"} #${n}`,
    plannedLocal: `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`,
    status: STATUSES[Math.floor(random() * STATUSES.length)] ?? "draft",
  };
}

/** All the items, in time order (as a range read returns them). */
export function makeEntries(): CalendarEntry[] {
  const random = generator(20261201);
  const entries: CalendarEntry[] = [];
  for (let i = 0; i < DECEMBER_ITEMS; i += 1) {
    const day = 1 + Math.floor((i * 31) / DECEMBER_ITEMS);
    entries.push(make(i + 1, `2026-12-${pad(day)}`, random));
  }
  for (let i = 0; i < JANUARY_ITEMS; i += 1) {
    const day = 1 + Math.floor(i / 2);
    entries.push(make(DECEMBER_ITEMS + i + 1, `2027-01-${pad(day)}`, random));
  }
  return entries.sort((a, b) => (a.plannedLocal < b.plannedLocal ? -1 : a.plannedLocal > b.plannedLocal ? 1 : 0));
}

/** What the core's range read returns for the days `from`..`to` (inclusive). */
export function rangeRead(entries: readonly CalendarEntry[], from: string, to: string): CalendarEntry[] {
  return entries.filter((e) => {
    const day = e.plannedLocal.slice(0, 10);
    return day >= from && day <= to;
  });
}

/** Items per day, to check what the calendars report. */
export function countByDay(entries: readonly CalendarEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const day = e.plannedLocal.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}
