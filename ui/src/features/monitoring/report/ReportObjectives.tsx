// The report's objectives: for each KPI, where it stands, its value for the
// report month against what was planned, its chart and the same numbers as a
// table. Everything in the document's language (`t` is fixed to it).
import type { TFunction } from "i18next";
import { memo } from "react";

import type { Kpi, Language, Monitoring } from "../../../bindings";
import { formatDate, formatFigure } from "../../../lib/format";
import { KpiChart } from "../kpi/KpiChart";
import { channelTitle, metricName } from "../kpi/labels";
import { periodLabel } from "../kpi/periods";
import { pointFor, pointsUpTo } from "./model";

/** The chart shows the whole series whatever the month: choosing another month does not redraw it. */
const Chart = memo(KpiChart);

export function ReportObjectives({ t, language, monitoring, month }: { t: TFunction; language: Language; monitoring: Monitoring; month: string }) {
  return (
    <section className="report-section" aria-labelledby="report-objectives">
      <h2 id="report-objectives">{t("report.objectives.title")}</h2>
      {monitoring.kpis.length === 0 ? (
        <p>{t("report.objectives.empty")}</p>
      ) : (
        monitoring.kpis.map((kpi) => <KpiCard key={kpi.objectiveId} t={t} language={language} monitoring={monitoring} kpi={kpi} month={month} />)
      )}
    </section>
  );
}

function KpiCard({ t, language, monitoring, kpi, month }: { t: TFunction; language: Language; monitoring: Monitoring; kpi: Kpi; month: string }) {
  const number = (value: number | null) => (value === null ? t("report.none") : formatFigure(value, language));
  const period = (startsOn: string) => periodLabel(t, startsOn, kpi.frequency, language);
  const point = pointFor(kpi, month);
  const rows = pointsUpTo(kpi, month);
  const headingId = `report-kpi-${kpi.objectiveId}`;
  const channel = kpi.channel === null ? t("report.objectives.allChannels") : channelTitle(t, monitoring.channels, kpi.channel, language);

  let reading = t("report.objectives.noPoint");
  if (point && point.value === null) reading = t("report.objectives.pointNoValue", { period: period(point.startsOn), planned: number(point.planned) });
  else if (point && point.planned === null) reading = t("report.objectives.pointNoPlan", { period: period(point.startsOn), value: number(point.value) });
  else if (point) reading = t("report.objectives.point", { period: period(point.startsOn), value: number(point.value), planned: number(point.planned) });

  return (
    <section className="report-kpi" aria-labelledby={headingId}>
      <h3 id={headingId}>{kpi.title}</h3>
      {kpi.macroTitle && <p className="doc-meta">{t("report.objectives.serves", { macro: kpi.macroTitle })}</p>}
      <p className={`report-status status-${kpi.status}`}>{t("report.objectives.status", { status: t(`monitoring.statuses.${kpi.status}`) })}</p>
      <p className="report-reading">{reading}</p>
      <p className="doc-meta">
        {t("report.objectives.measured", { metric: metricName(t, monitoring.metrics, kpi.metric), channel })}
        {kpi.target !== null && (
          <>
            {" · "}
            {kpi.deadline
              ? t("report.objectives.target", { target: number(kpi.target), deadline: formatDate(kpi.deadline, language) })
              : t("report.objectives.targetNoDeadline", { target: number(kpi.target) })}
          </>
        )}
      </p>
      {kpi.series.length > 0 && (
        <div className="report-chart">
          <Chart kpi={kpi} language={language} width={620} height={220} />
        </div>
      )}
      {rows.length === 0 ? (
        <p className="doc-meta">{t("report.objectives.noRows")}</p>
      ) : (
        <table className="report-table">
          <caption>{t("report.objectives.table", { title: kpi.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.objectives.period")}</th>
              <th scope="col">{t("report.objectives.value")}</th>
              <th scope="col">{t("report.objectives.planned")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.startsOn}>
                <th scope="row">{period(p.startsOn)}</th>
                <td className="number">{number(p.value)}</td>
                <td className="number">{number(p.planned)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
