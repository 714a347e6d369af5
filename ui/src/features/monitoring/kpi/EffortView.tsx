// Effort against results, one table per active channel: content published
// month by month (in all and per split activity), the results recorded, and
// the split's hours. An activity that kept costing effort on a measured
// channel without results is flagged, in words as well as in colour; the
// rule is stated above the tables.
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { ActivityEffort, ChannelEffort, Client, Language, Monitoring, MonthResult } from "../../../bindings";
import { Bars } from "../../../components/charts";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { activityLabel, phaseWord } from "../../split/matrix/labels";
import { channelTitle } from "./labels";
import { monthLabel } from "./periods";

const CONTACTS = "#1f3a57";
const OPPORTUNITIES = "#2f7d4f";

/** A month's results in words: what came, "no results", or "not measured". */
function resultText(t: TFunction, result: MonthResult, language: Language): string {
  if (!result.measured) return t("monitoringKpi.effort.notMeasured");
  const parts: string[] = [];
  const contacts = result.contacts ?? 0;
  const opportunities = result.opportunities ?? 0;
  const value = result.value ?? 0;
  if (contacts > 0) parts.push(t("monitoringKpi.effort.contacts", { count: contacts, number: formatNumber(contacts, language) }));
  if (opportunities > 0) parts.push(t("monitoringKpi.effort.opportunities", { count: opportunities, number: formatNumber(opportunities, language) }));
  if (value > 0) parts.push(t("monitoringKpi.effort.value", { value: formatNumber(value, language) }));
  return parts.length > 0 ? parts.join(", ") : t("monitoringKpi.effort.nothing");
}

export function EffortView({ monitoring }: { client: Client; monitoring: Monitoring }) {
  const { t } = useTranslation();
  const { effort } = monitoring;

  return (
    <div className="effort-view">
      <p className="effort-rule">{t("monitoringKpi.effort.rule", { count: effort.quietPeriods })}</p>
      <p className="hint">{t("monitoringKpi.effort.reading", { phase: phaseWord(t, effort.phase) })}</p>
      {effort.channels.length === 0 ? (
        <p className="empty">{t("monitoringKpi.effort.empty")}</p>
      ) : (
        effort.channels.map((channel) => <ChannelTable key={channel.key} channel={channel} monitoring={monitoring} />)
      )}
    </div>
  );
}

function ChannelTable({ channel, monitoring }: { channel: ChannelEffort; monitoring: Monitoring }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { months } = monitoring.effort;
  const name = channel.name || channelTitle(t, monitoring.channels, channel.key, language);
  const labels = months.map((m) => monthLabel(m, language));
  const hours = (value: number | null) => (value == null ? "" : t("monitoringKpi.effort.hoursValue", { hours: formatNumber(value, language) }));
  const counts = (values: number[]) => months.map((month, i) => <td key={month} className="number">{formatNumber(values[i] ?? 0, language)}</td>);

  return (
    <div className="card effort-channel">
      <table className="table effort-table">
        <caption>{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t("monitoringKpi.effort.row")}</th>
            <th scope="col">{t("monitoringKpi.effort.hours")}</th>
            {labels.map((label, i) => (
              <th key={months[i]} scope="col">
                {i === months.length - 1 ? t("monitoringKpi.inProgress", { period: label }) : label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="effort-total">
            <th scope="row">{t("monitoringKpi.effort.total")}</th>
            <td className="number">{hours(channel.hours)}</td>
            {counts(channel.published)}
          </tr>
          <tr className="effort-results">
            <th scope="row">{t("monitoringKpi.effort.results")}</th>
            <td />
            {channel.results.map((result) => (
              <td key={result.month} className={result.measured ? undefined : "muted"}>
                {resultText(t, result, language)}
              </td>
            ))}
          </tr>
          {channel.activities.map((activity) => (
            <ActivityRow key={activity.activityId} activity={activity} counts={counts(activity.published)} hours={hours(activity.hours)} />
          ))}
        </tbody>
      </table>
      {channel.activities.length === 0 && <p className="hint">{t("monitoringKpi.effort.noActivities")}</p>}
      {channel.results.some((r) => r.measured) && (
        <Bars
          label={t("monitoringKpi.effort.chart", { channel: name })}
          categories={labels}
          series={[
            { label: t("monitoringKpi.effort.chartContacts"), values: channel.results.map((r) => r.contacts ?? 0), colour: CONTACTS },
            { label: t("monitoringKpi.effort.chartOpportunities"), values: channel.results.map((r) => r.opportunities ?? 0), colour: OPPORTUNITIES },
          ]}
          width={560}
          height={180}
          formatValue={(v) => formatNumber(v, language)}
          legend
        />
      )}
    </div>
  );
}

function ActivityRow({ activity, counts, hours }: { activity: ActivityEffort; counts: ReactNode; hours: string }) {
  const { t } = useTranslation();
  return (
    <tr className={activity.flagged ? "effort-activity flagged" : "effort-activity"}>
      <th scope="row">
        {activityLabel(t, activity)}
        {activity.flagged ? (
          <>
            {" "}
            <span className="badge effort-flag" role="status">
              {t("monitoringKpi.effort.flagged", { count: activity.quietMonths })}
            </span>
          </>
        ) : (
          activity.quietMonths > 0 && (
            <>
              {" "}
              <span className="effort-quiet">{t("monitoringKpi.effort.quiet", { count: activity.quietMonths })}</span>
            </>
          )
        )}
      </th>
      <td className="number">{hours}</td>
      {counts}
    </tr>
  );
}
