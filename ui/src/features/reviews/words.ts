// How an agenda item reads in the reader's language. The core keeps the
// figures behind each item in `detail` (see `core/src/reviews/agenda.rs` for
// the keys of each kind); here they become a kind label and a sentence.
import type { TFunction } from "i18next";

import type { Language, PlanChannel, ReviewItem } from "../../bindings";
import { formatDate, formatNumber } from "../../lib/format";
import { channelKeys, channelLabel } from "../../lib/i18n/channels";
import { calendarStrings } from "../calendar/strings";
import { splitStrings } from "../split/strings";
import { isKnownMetric } from "../strategy/options";
import { dateFormat, locales } from "../../lib/intl";

type OccasionKey = keyof typeof calendarStrings.it.occasions;
type ActivityKey = keyof typeof splitStrings.it.activities;

function isOccasionKey(key: string): key is OccasionKey {
  return Object.hasOwn(calendarStrings.it.occasions, key);
}

export function isCatalogActivity(key: string): key is ActivityKey {
  return Object.hasOwn(splitStrings.it.activities, key);
}

/** The split's catalog activities, in the catalog's order. */
export const CATALOG_ACTIVITIES = Object.keys(splitStrings.it.activities) as ActivityKey[];

/** A number the core wrote as text ("12.5"), as the reader writes it; the text itself if it is not one. */
function figure(text: string | undefined, language: Language): string {
  if (text === undefined || text.trim() === "") return "";
  const value = Number(text);
  return Number.isFinite(value) ? formatNumber(value, language) : text;
}

/** `2026-10-01` → "ottobre 2026". */
export function monthYear(isoDate: string, language: Language): string {
  const [y, m] = isoDate.split("-").map(Number);
  if (!y || !m) return isoDate;
  return dateFormat(locales[language], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** What the item is called: the core's label, except a fixed occasion, which the core names by its key. */
export function itemLabel(t: TFunction, item: ReviewItem): string {
  const fixed = item.kind === "occasion" ? item.detail.fixed : undefined;
  if (fixed && isOccasionKey(fixed)) return t(`calendar.occasions.${fixed}`);
  return item.label;
}

export function kindLabel(t: TFunction, item: ReviewItem): string {
  if (item.kind === "objective") {
    return item.detail.status === "at_risk" ? t("reviews.kinds.objectiveAtRisk") : t("reviews.kinds.objectiveOffTrack");
  }
  return t(`reviews.kinds.${item.kind}`);
}

export function metricLabel(t: TFunction, metric: string): string {
  return isKnownMetric(metric) ? t(`strategy.metrics.${metric}`) : metric;
}

function objectiveSentence(t: TFunction, d: Partial<Record<string, string>>, language: Language): string {
  const metric = metricLabel(t, d.metric ?? "");
  const value = figure(d.value, language);
  const parts = [
    value
      ? t("reviews.sentences.objective", { metric, value, planned: figure(d.planned, language) })
      : t("reviews.sentences.objectiveNoValue", { metric }),
  ];
  const ratio = Number(d.ratio);
  if (value && d.ratio && Number.isFinite(ratio)) {
    parts.push(t("reviews.sentences.ratio", { percent: formatNumber(Math.round(ratio * 100), language) }));
  }
  if (d.period) parts.push(t("reviews.sentences.period", { period: monthYear(d.period, language) }));
  return parts.join(" ");
}

/** The item's figures in a sentence; empty for a topic. */
export function itemSentence(t: TFunction, item: ReviewItem, language: Language): string {
  const d: Partial<Record<string, string>> = item.detail;
  switch (item.kind) {
    case "objective":
      return objectiveSentence(t, d, language);
    case "activity":
      return t("reviews.sentences.activity", { count: Number(d.months ?? 0), hours: figure(d.hours ?? "0", language) });
    case "decision": {
      const date = d.since ? formatDate(d.since, language) : "";
      return d.proposedBy === "business" ? t("reviews.sentences.decisionBy.business", { date }) : t("reviews.sentences.decisionBy.agency", { date });
    }
    case "person":
      return t("reviews.sentences.person", {
        percent: figure(d.percent, language),
        assigned: figure(d.assigned, language),
        available: figure(d.available, language),
      });
    case "occasion": {
      if (!d.from) return "";
      if (!d.to || d.to === d.from) return t("reviews.sentences.occasionDay", { date: formatDate(d.from, language) });
      return t("reviews.sentences.occasionDays", { from: formatDate(d.from, language), to: formatDate(d.to, language) });
    }
    case "topic":
      return "";
  }
}

/** A channel by its key: a catalog one by its name, one of the plan's own by the name it was given. */
export function channelWord(key: string, plan: readonly PlanChannel[], language: Language): string {
  if (channelKeys.includes(key)) return channelLabel(key, language);
  return plan.find((c) => c.channel === key)?.name || key;
}

/** A catalog activity by its name; one of the user's own by what they typed. */
export function activityWord(t: TFunction, key: string, name: string): string {
  return isCatalogActivity(key) ? t(`split.activities.${key}`) : name.trim();
}

/** A planned local date-time (`2026-12-05T18:30:00`) as "05/12/2026 18:30". */
export function plannedWhen(local: string, language: Language): string {
  return `${formatDate(local.slice(0, 10), language)} ${local.slice(11, 16)}`.trim();
}
