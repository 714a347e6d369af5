// What the monthly report reads from the monitoring view for one month: the
// months it can be asked for, each KPI's point for the month, the month's
// figures across channels, and the decisions taken in it. Pure functions,
// so the page only lays them out.
import type { ChannelEffort, Decision, Effort, Kpi, KpiPoint, KpiStatus, Language, MonthResult } from "../../../bindings";
import { dateFormat, locales } from "../../../lib/intl";

function parts(isoDate: string): [number, number] {
  const [y = 0, m = 1] = isoDate.split("-").map(Number);
  return [y, m];
}

/** The first day of the month `back` months before the one `isoDate` falls in. */
export function monthsBack(isoDate: string, back: number): string {
  const [y, m] = parts(isoDate);
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** The last day of `month`. */
export function monthEnd(month: string): string {
  const [y, m] = parts(month);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** `2026-10-01` → "ottobre 2026" (it), "October 2026" (en). */
export function monthTitle(month: string, language: Language): string {
  const [y, m] = parts(month);
  return dateFormat(locales[language], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * The months the report can be asked for: the last twelve complete ones,
 * newest first, and the month asked for if it is none of them.
 */
export function reportMonths(today: string, month: string): string[] {
  const months = Array.from({ length: 12 }, (_, i) => monthsBack(today, i + 1));
  return months.includes(month) ? months : [month, ...months];
}

/** How many KPIs have each status. */
export function statusCounts(kpis: Kpi[]): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0, unknown_metric: 0 };
  for (const kpi of kpis) counts[kpi.status] += 1;
  return counts;
}

/**
 * The KPI's point for the month: the last period touching the month that has
 * a value, else the last period touching it; when no period touches the
 * month (the objective starts later, or ended), the latest the status was
 * read from.
 */
export function pointFor(kpi: Kpi, month: string): KpiPoint | null {
  const end = monthEnd(month);
  const touching = kpi.series.filter((p) => p.startsOn <= end && p.endsOn >= month);
  return touching.findLast((p) => p.value !== null) ?? touching.at(-1) ?? kpi.latest;
}

/** The KPI's periods up to the end of the month, for the report's table. */
export function pointsUpTo(kpi: Kpi, month: string): KpiPoint[] {
  const end = monthEnd(month);
  return kpi.series.filter((p) => p.startsOn <= end);
}

export interface ChannelMonth {
  channel: ChannelEffort;
  published: number;
  result: MonthResult | null;
}

export interface MonthFigures {
  channels: ChannelMonth[];
  published: number;
  /** Whether any channel was measured at all in the month. */
  measured: boolean;
  contacts: number;
  opportunities: number;
  value: number;
}

/** The month's items and results per channel and in all; `null` when the month is not among the effort's. */
export function monthFigures(effort: Effort, month: string): MonthFigures | null {
  const index = effort.months.indexOf(month);
  if (index < 0) return null;
  const channels = effort.channels.map((channel) => ({
    channel,
    published: channel.published[index] ?? 0,
    result: channel.results.find((r) => r.month === month) ?? null,
  }));
  const measured = channels.filter((c) => c.result?.measured);
  const sum = (pick: (r: MonthResult) => number | null) => measured.reduce((total, c) => total + (c.result ? (pick(c.result) ?? 0) : 0), 0);
  return {
    channels,
    published: channels.reduce((total, c) => total + c.published, 0),
    measured: measured.length > 0,
    contacts: sum((r) => r.contacts),
    opportunities: sum((r) => r.opportunities),
    value: sum((r) => r.value),
  };
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone; the UTC day if the zone is unknown. */
export function dayIn(instant: string, timeZone: string): string {
  try {
    const formatted = dateFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(instant));
    const part = (type: string) => formatted.find((p) => p.type === type)?.value ?? "";
    return `${part("year")}-${part("month")}-${part("day")}`;
  } catch {
    return instant.slice(0, 10);
  }
}

/** Decisions answered (approved or rejected) in the month, in the client's zone, oldest first. */
export function decidedIn(decisions: Decision[], month: string, timeZone: string): (Decision & { decidedOn: string })[] {
  return decisions
    .flatMap((d) => (d.decidedAt && d.status !== "proposed" ? [{ ...d, decidedOn: dayIn(d.decidedAt, timeZone) }] : []))
    .filter((d) => d.decidedOn.slice(0, 7) === month.slice(0, 7))
    .sort((a, b) => (a.decidedAt ?? "").localeCompare(b.decidedAt ?? ""));
}
