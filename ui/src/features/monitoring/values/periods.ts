// The periods the grid shows and how they are named. A period is its first
// day (ISO), as the core stores it: the Monday of a week, the 1st of a month.
// Dates are handled in UTC so no time zone moves a day.
import type { TFunction } from "i18next";

import type { Language, Period } from "../../../bindings";
import { formatDate } from "../../../lib/format";
import { dateFormat, locales } from "../../../lib/intl";

/** Month first: it is what most clients report. */
export const PERIODS: readonly Period[] = ["month", "week"];

/** Periods shown at once, ending with the current one. */
export const WINDOW = 6;

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A day typed as ISO or the Italian way (`3/11/2026`, `03-11-2026`), as ISO; `null` when it is neither. */
export function parseDay(typed: string): string | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : italian ? [italian[3], italian[2], italian[1]].map(Number) : [];
  if (!y || !m || !d) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? toIso(day) : null;
}

/** The first day of the period `iso` falls in. */
export function periodStart(period: Period, iso: string): string {
  const day = toDate(iso);
  if (period === "month") return toIso(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)));
  return toIso(new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS));
}

/** The start of the period `count` periods after (or before) the one starting on `start`. */
export function shiftPeriod(period: Period, start: string, count: number): string {
  const day = toDate(start);
  if (period === "month") return toIso(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + count, 1)));
  return toIso(new Date(day.getTime() + count * 7 * DAY_MS));
}

/** `WINDOW` periods, oldest first, ending `back` windows before the one `today` is in. */
export function periodWindow(period: Period, today: string, back: number): string[] {
  const last = shiftPeriod(period, periodStart(period, today), -back * WINDOW);
  return Array.from({ length: WINDOW }, (_, i) => shiftPeriod(period, last, i - (WINDOW - 1)));
}

/** A column heading: "ott 2026", "sett. 2/11". */
export function periodShort(t: TFunction, period: Period, start: string, language: Language): string {
  const day = toDate(start);
  if (period === "month") {
    return dateFormat(locales[language], { month: "short", year: "numeric", timeZone: "UTC" }).format(day);
  }
  return t("monitoringValues.weekShort", { day: `${day.getUTCDate()}/${day.getUTCMonth() + 1}` });
}

/** The period in a sentence or a cell's name: "ottobre 2026", "settimana dal 02/11/2026". */
export function periodLong(t: TFunction, period: Period, start: string, language: Language): string {
  if (period === "month") {
    return dateFormat(locales[language], { month: "long", year: "numeric", timeZone: "UTC" }).format(toDate(start));
  }
  return t("monitoringValues.weekLong", { date: formatDate(start, language) });
}
