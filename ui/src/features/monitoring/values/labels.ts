// How the values screens name channels, metrics and the place of a value:
// catalog ones by their key in the reader's language, the client's own by
// the name they were given, '' as the business as a whole.
import type { TFunction } from "i18next";

import type { Language, MetricDef, MonitoredChannel, Monitoring, Period } from "../../../bindings";
import { channelKeys, channelLabel } from "../../../lib/i18n/channels";
import { isKnownMetric } from "../../strategy/options";
import { periodLong } from "./periods";

export function channelName(t: TFunction, channel: Pick<MonitoredChannel, "key" | "name">, language: Language): string {
  if (channel.key === "") return t("monitoring.site");
  return channelKeys.includes(channel.key) ? channelLabel(channel.key, language) : channel.name || channel.key;
}

/** A channel in a list to choose from: closed ones say so. */
export function channelOption(t: TFunction, channel: MonitoredChannel, language: Language): string {
  const name = channelName(t, channel, language);
  return channel.closed ? t("monitoringValues.closed", { name }) : name;
}

export function metricName(t: TFunction, metric: Pick<MetricDef, "key" | "name">): string {
  return isKnownMetric(metric.key) ? t(`strategy.metrics.${metric.key}`) : metric.name || metric.key;
}

/** A channel key as named in `monitoring` (a key it does not list is shown as is). */
export function channelNameOf(t: TFunction, monitoring: Monitoring, key: string, language: Language): string {
  return channelName(t, monitoring.channels.find((c) => c.key === key) ?? { key, name: "" }, language);
}

export function metricNameOf(t: TFunction, monitoring: Monitoring, key: string): string {
  return metricName(t, monitoring.metrics.find((m) => m.key === key) ?? { key, name: "" });
}

/** The first channel of the plan, else the business as a whole. */
export function defaultChannel(monitoring: Monitoring): string {
  return monitoring.channels.find((c) => c.key !== "" && !c.closed)?.key ?? monitoring.channels.find((c) => c.key !== "")?.key ?? "";
}

export interface Place {
  channel: string;
  metric: string;
  period: Period;
  start: string;
}

/** "Instagram, Follower, ottobre 2026": a cell's name and the place of a value in sentences. */
export function placeName(t: TFunction, monitoring: Monitoring, place: Place, language: Language): string {
  return t("monitoringValues.cell", {
    channel: channelNameOf(t, monitoring, place.channel, language),
    metric: metricNameOf(t, monitoring, place.metric),
    period: periodLong(t, place.period, place.start, language),
  });
}
