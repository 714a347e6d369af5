// Each micro objective's KPI against its target, grouped by the macro
// objective it serves: the status and why (the rule, stated once above the
// cards), the latest complete period against the planned value, the chart
// and its numbers as a table.
import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Kpi, Language, Monitoring } from "../../../bindings";
import { formatDate, formatFigure } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useNavigation } from "../../app/navigation";
import { KpiChart } from "./KpiChart";
import { channelTitle, metricName, percent } from "./labels";
import { periodLabel } from "./periods";

/** The share of the planned value from which a KPI is at risk (the core's AT_RISK_FLOOR). */
const AT_RISK_FLOOR = 0.8;

function byMacro(kpis: readonly Kpi[]): [string, Kpi[]][] {
  const groups = new Map<string, Kpi[]>();
  for (const kpi of kpis) groups.set(kpi.macroTitle, [...(groups.get(kpi.macroTitle) ?? []), kpi]);
  return [...groups];
}

export function KpiView({ client, monitoring }: { client: Client; monitoring: Monitoring }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { navigate } = useNavigation();

  return (
    <div className="kpi-view">
      <p className="kpi-rule">{t("monitoringKpi.kpis.rule", { floor: percent(AT_RISK_FLOOR, language) })}</p>
      {monitoring.kpis.length === 0 ? (
        <div className="empty kpi-empty">
          <p>{t("monitoringKpi.kpis.empty")}</p>
          <button type="button" onClick={() => navigate({ screen: "client", clientId: client.id, tab: "strategy" })}>
            {t("monitoringKpi.kpis.openStrategy")}
          </button>
        </div>
      ) : (
        byMacro(monitoring.kpis).map(([macro, kpis]) => (
          <div key={macro} className="kpi-group">
            <h2>{macro}</h2>
            <div className="kpi-cards">
              {kpis.map((kpi) => (
                <KpiCard key={kpi.objectiveId} kpi={kpi} monitoring={monitoring} language={language} />
              ))}
            </div>
          </div>
        ))
      )}
    </div>
  );
}

function KpiCard({ kpi, monitoring, language }: { kpi: Kpi; monitoring: Monitoring; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  const number = (value: number | null) => (value == null ? "" : formatFigure(value, language));
  const period = (startsOn: string) => periodLabel(t, startsOn, kpi.frequency, language);
  const metric = metricName(t, monitoring.metrics, kpi.metric);
  const latest = kpi.latest;

  return (
    <section className={`card kpi-card kpi-${kpi.status}`} aria-labelledby={headingId}>
      <header className="kpi-card-head">
        <h3 id={headingId}>{kpi.title}</h3>
        <span className={`badge kpi-status kpi-status-${kpi.status}`}>{t(`monitoring.statuses.${kpi.status}`)}</span>
      </header>
      <dl className="kpi-facts">
        <div>
          <dt>{t("monitoringKpi.kpis.metric")}</dt>
          <dd>{metric}</dd>
        </div>
        <div>
          <dt>{t("monitoringKpi.kpis.channel")}</dt>
          <dd>{channelTitle(t, monitoring.channels, kpi.channel, language)}</dd>
        </div>
        {kpi.target != null && (
          <div>
            <dt>{t("monitoringKpi.kpis.target")}</dt>
            <dd>
              {kpi.deadline
                ? t("monitoringKpi.kpis.targetBy", { target: number(kpi.target), deadline: formatDate(kpi.deadline, language) })
                : number(kpi.target)}
            </dd>
          </div>
        )}
        {latest && (
          <div>
            <dt>{t("monitoringKpi.kpis.latest", { period: period(latest.startsOn) })}</dt>
            <dd className="kpi-latest">
              {kpi.ratio == null
                ? t("monitoringKpi.kpis.latestValueNoRatio", { value: number(latest.value), planned: number(latest.planned) })
                : t("monitoringKpi.kpis.latestValue", { value: number(latest.value), planned: number(latest.planned), percent: percent(kpi.ratio, language) })}
            </dd>
          </div>
        )}
      </dl>
      {kpi.direction === "down" && <p className="hint">{t("monitoringKpi.kpis.fewerIsBetter", { baseline: number(kpi.baseline) })}</p>}
      {kpi.status === "unknown_metric" && <p className="kpi-note">{t("monitoringKpi.kpis.unknownMetric", { metric })}</p>}
      {kpi.status === "no_data" && <p className="kpi-note">{t("monitoringKpi.kpis.noData")}</p>}
      {kpi.series.length > 0 && (
        <>
          <KpiChart kpi={kpi} language={language} />
          <details className="kpi-series">
            <summary>{t("monitoringKpi.kpis.table")}</summary>
            <table className="table" aria-label={t("monitoringKpi.kpis.tableLabel", { title: kpi.title })}>
              <thead>
                <tr>
                  <th scope="col">{t("monitoringKpi.kpis.period")}</th>
                  <th scope="col">{t("monitoringKpi.kpis.value")}</th>
                  <th scope="col">{t("monitoringKpi.kpis.planned")}</th>
                </tr>
              </thead>
              <tbody>
                {kpi.series.map((p) => (
                  <tr key={p.startsOn}>
                    <th scope="row">{p.endsOn >= monitoring.today ? t("monitoringKpi.inProgress", { period: period(p.startsOn) }) : period(p.startsOn)}</th>
                    <td className="number">{p.value == null ? <span className="muted">{t("monitoringKpi.kpis.notMeasured")}</span> : number(p.value)}</td>
                    <td className="number">{number(p.planned)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
