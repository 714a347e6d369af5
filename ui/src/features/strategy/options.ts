// Closed lists the social strategy offers: objective categories, KPI metrics,
// measuring frequencies, channel statuses. Labels live in the catalogs.
import type { Frequency, ObjectiveCategory, PlanChannelStatus } from "../../bindings";

export const CATEGORIES: ObjectiveCategory[] = [
  "awareness",
  "community",
  "traffic",
  "leads",
  "sales",
  "customer_care",
  "reputation",
  "specific",
];

/** KPI metrics Regia knows; a micro objective may also name its own. */
export const METRICS = [
  "visits",
  "social_sessions",
  "reach",
  "impressions",
  "followers",
  "reactions",
  "comments",
  "shares",
  "saves",
  "link_clicks",
  "leads",
  "opportunities",
  "value",
] as const;

export type Metric = (typeof METRICS)[number];

export function isKnownMetric(metric: string): metric is Metric {
  return (METRICS as readonly string[]).includes(metric);
}

export const FREQUENCIES: Frequency[] = ["week", "month", "quarter"];

export const PLAN_STATUSES: PlanChannelStatus[] = ["planned", "active", "paused", "closed"];
