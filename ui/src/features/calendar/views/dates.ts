// Wall-clock days of the calendar as `YYYY-MM-DD` strings. The arithmetic runs
// on UTC midnights so no local timezone or DST change can shift a day; the
// client's timezone already lives in `plannedLocal`, which is never converted.
import type { Language } from "../../../bindings";
import { dateFormat, locales } from "../../../lib/intl";

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in the reader's own calendar (the machine's local date). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(day: string, days: number): string {
  return toIso(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const date = toDate(day);
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date.getUTCDate(), last));
  return toIso(first);
}

/** 0 for Monday … 6 for Sunday: the Italian week. */
export function weekday(day: string): number {
  return (toDate(day).getUTCDay() + 6) % 7;
}

export function weekStart(day: string): string {
  return addDays(day, -weekday(day));
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function monthEnd(day: string): string {
  return addDays(addMonths(monthStart(day), 1), -1);
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** `count` consecutive days from `from`. */
export function daysFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** The 6 × 7 days of a month grid: from the Monday on or before the 1st. */
export function monthGrid(day: string): string[] {
  return daysFrom(weekStart(monthStart(day)), 42);
}

export function dayOf(plannedLocal: string): string {
  return plannedLocal.slice(0, 10);
}

/** `HH:MM` of a `YYYY-MM-DDTHH:MM:SS`. */
export function timeOf(plannedLocal: string): string {
  return plannedLocal.slice(11, 16);
}

/** `HH:MM:SS`, as the reschedule command takes it. */
export function fullTimeOf(plannedLocal: string): string {
  const time = plannedLocal.slice(11, 19);
  return time.length === 5 ? `${time}:00` : time;
}

/** Where the arrow, Home/End and Page keys move the focused day; null for other keys. */
export function dayForKey(key: string, day: string): string | null {
  switch (key) {
    case "ArrowLeft":
      return addDays(day, -1);
    case "ArrowRight":
      return addDays(day, 1);
    case "ArrowUp":
      return addDays(day, -7);
    case "ArrowDown":
      return addDays(day, 7);
    case "Home":
      return weekStart(day);
    case "End":
      return addDays(weekStart(day), 6);
    case "PageUp":
      return addMonths(day, -1);
    case "PageDown":
      return addMonths(day, 1);
    default:
      return null;
  }
}

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(locales[language], { ...options, timeZone: "UTC" });
}

function format(day: string, language: Language, options: Intl.DateTimeFormatOptions): string {
  return formatter(language, options).format(toDate(day));
}

/** "dicembre 2026". */
export function monthTitle(day: string, language: Language): string {
  return format(day, language, { month: "long", year: "numeric" });
}

/** "martedì 15 dicembre 2026". */
export function longDay(day: string, language: Language): string {
  return format(day, language, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "mar 15". */
export function shortDay(day: string, language: Language): string {
  return format(day, language, { weekday: "short", day: "numeric" });
}

/** "14–20 dicembre 2026". */
export function weekTitle(day: string, language: Language): string {
  const from = weekStart(day);
  return formatter(language, { day: "numeric", month: "long", year: "numeric" }).formatRange(toDate(from), toDate(addDays(from, 6)));
}

/** The week's day names from Monday: ["lun", "mar", …] and their long forms. */
export function weekdayNames(language: Language): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return daysFrom("2024-01-01", 7).map((day) => ({ short: format(day, language, { weekday: "short" }), long: format(day, language, { weekday: "long" }) }));
}
