// Test data for the KPI, effort and metrics views: a client's monitoring as
// the core returns it, built from small pieces so a test names only what it
// is about. Today is 20/11/2026; the effort table shows June to November.

import type { ActivityEffort, ChannelEffort, Kpi, KpiPoint, MetricDef, Monitoring, MonthResult } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";

export const MONTHS = ["2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"];

/** Regia's catalog, as `Monitoring.metrics` starts. */
export const CATALOG: MetricDef[] = (
  [
    ["visits", "visits"],
    ["social_sessions", "visits"],
    ["link_clicks", "visits"],
    ["reach", "participation"],
    ["impressions", "participation"],
    ["followers", "participation"],
    ["reactions", "participation"],
    ["comments", "participation"],
    ["shares", "participation"],
    ["saves", "participation"],
    ["leads", "contacts"],
    ["opportunities", "opportunities"],
    ["value", "opportunities"],
  ] as const
).map(([key, family]) => ({ key, name: "", family, aggregation: key === "followers" ? "last" : "sum", id: null }));

export function customMetric(id: string, name: string, family: MetricDef["family"]): MetricDef {
  return { key: `custom:${name.toLowerCase()}`, name, family, aggregation: "sum", id };
}

export function point(startsOn: string, endsOn: string, value: number | null, planned: number): KpiPoint {
  return { startsOn, endsOn, value, planned };
}

/** A monthly KPI on Instagram leads, 3 of 8 planned in October: off track. */
export function kpi(extra: Partial<Kpi> = {}): Kpi {
  const series = [
    point("2026-09-01", "2026-09-30", 2, 6),
    point("2026-10-01", "2026-10-31", 3, 8),
    point("2026-11-01", "2026-11-30", null, 10),
  ];
  return {
    objectiveId: "obj-leads",
    title: "Più richieste di prenotazione",
    macroTitle: "Riempire la sala nei giorni feriali",
    metric: "leads",
    channel: "instagram",
    frequency: "month",
    baseline: 4,
    target: 12,
    periodStart: "2026-09-01",
    deadline: "2026-12-31",
    direction: "up",
    series,
    latest: series[1]!,
    ratio: 3 / 8,
    status: "off_track",
    ...extra,
  };
}

export function result(month: string, extra: Partial<MonthResult> = {}): MonthResult {
  return { month, measured: true, contacts: 0, opportunities: 0, value: 0, ...extra };
}

export function activityEffort(id: string, key: string, extra: Partial<ActivityEffort> = {}): ActivityEffort {
  return { activityId: id, key, name: "", hours: 4, published: MONTHS.map(() => 0), quietMonths: 0, flagged: false, ...extra };
}

export function channelEffort(key: string, extra: Partial<ChannelEffort> = {}): ChannelEffort {
  return {
    key,
    name: "",
    hours: 4,
    published: MONTHS.map(() => 0),
    results: MONTHS.map((m) => result(m, { measured: false })),
    activities: [],
    ...extra,
  };
}

export function monitoring(extra: Partial<Monitoring> = {}): Monitoring {
  return {
    clientId: CLIENT.id,
    language: "it",
    today: "2026-11-20",
    settings: { cadence: "monthly", quietPeriods: 3 },
    metrics: CATALOG,
    channels: [
      { key: "", name: "", closed: false },
      { key: "instagram", name: "", closed: false },
      { key: "facebook", name: "", closed: false },
    ],
    measurements: [],
    kpis: [kpi()],
    effort: { months: MONTHS, quietPeriods: 3, phase: "growth", channels: [] },
    ...extra,
  };
}

export { mockCore, type Call } from "../../../test/ipc";
