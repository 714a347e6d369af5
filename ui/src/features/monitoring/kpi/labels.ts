// How monitoring names a metric and a channel in the reader's language: a
// catalog one by its key, a custom one by the name it was given, anything
// else as it was typed. The channel '' is the business as a whole (its site).
import type { TFunction } from "i18next";

import type { Language, MetricDef, MonitoredChannel } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { channelKeys, channelLabel } from "../../../lib/i18n/channels";
import { isKnownMetric } from "../../strategy/options";

export function metricName(t: TFunction, metrics: readonly MetricDef[], key: string): string {
  if (isKnownMetric(key)) return t(`strategy.metrics.${key}`);
  return metrics.find((m) => m.key === key && m.name)?.name ?? key;
}

export function channelTitle(t: TFunction, channels: readonly MonitoredChannel[], key: string | null, language: Language): string {
  if (!key) return t("monitoring.site");
  if (channelKeys.includes(key)) return channelLabel(key, language);
  return channels.find((c) => c.key === key && c.name)?.name ?? key;
}

/** A ratio as a whole percent in the reader's convention ("38%"). */
export function percent(ratio: number, language: Language): string {
  return `${formatNumber(Math.round(ratio * 100), language)}%`;
}
