// The monthly report, a document for the business owner in the client's
// language: how the objectives are doing, what was published and what it
// brought, the decisions taken and the next review. The toolbar (back,
// language, print) and the month selector speak the user's language and are
// not printed.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Language } from "../../../bindings";
import { PrintToolbar } from "../../../components/PrintToolbar";
import { formatDate, formatDateTime, formatNumber } from "../../../lib/format";
import { useErrorText, useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { useNavigation } from "../../app/navigation";
import { useClient } from "../../clients/queries";
import { useDecisions } from "../../decisions/queries";
import { useReviews } from "../../reviews/queries";
import { useMonitoring } from "../queries";
import { decidedIn, monthFigures, monthTitle, reportMonths, statusCounts } from "./model";
import { ReportChannels } from "./ReportChannels";
import { ReportObjectives } from "./ReportObjectives";
import "./report.css";

const ALL_DECISIONS = { status: null, subjectKind: null, proposedBy: null, search: "" } as const;
const SHOWN_STATUSES = ["on_track", "at_risk", "off_track"] as const;
const OTHER_STATUSES = ["no_data", "unknown_metric"] as const;

export function PrintReport({ clientId, month }: { clientId: ClientId; month: string /* YYYY-MM-01 */ }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { navigate } = useNavigation();
  const client = useClient(clientId);
  const monitoring = useMonitoring(clientId);
  const decisions = useDecisions(clientId, ALL_DECISIONS);
  const reviews = useReviews(clientId);
  const [language, setLanguage] = useState<Language | null>(null);
  const uiLanguage = useLanguage();

  const failed = client.error ?? monitoring.error;
  if (failed) return <p role="alert">{errorText(toAppError(failed))}</p>;
  if (!client.data || !monitoring.data) return <div className="splash" aria-busy="true" />;
  const data = monitoring.data;
  const docLanguage = language ?? client.data.language;
  const d = i18n.getFixedT(docLanguage);
  const title = d("report.title", { month: monthTitle(month, docLanguage) });
  const counts = statusCounts(data.kpis);
  const figures = monthFigures(data.effort, month);
  const number = (value: number) => formatNumber(value, docLanguage);
  const measured = (value: number, money = false) => {
    if (!figures?.measured) return d("report.summary.notMeasured");
    return money ? d("report.euro", { amount: number(value) }) : number(value);
  };
  const decided = decisions.data ? decidedIn(decisions.data, month, client.data.timezone) : [];
  const lastReview = reviews.data?.reviews.map((r) => r.heldOn).sort().at(-1);

  return (
    <div className="print-page">
      <PrintToolbar
        backLabel={t("report.back")}
        onBack={() => navigate({ screen: "client", clientId, tab: "monitoring" })}
        printLabel={t("report.print")}
        language={docLanguage}
        onLanguage={setLanguage}
      />
      <div className="print-toolbar report-month-bar">
        <label>
          {t("monitoring.reportMonth")}{" "}
          <select value={month} onChange={(e) => navigate({ screen: "print-report", clientId, month: e.target.value })}>
            {reportMonths(data.today, month).map((m) => (
              <option key={m} value={m}>
                {monthTitle(m, uiLanguage)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <article className="document report-document" lang={docLanguage} aria-label={title}>
        <header>
          <p className="doc-kicker">Regia</p>
          <h1>{title}</h1>
          <p className="doc-client">{client.data.name}</p>
          <p className="doc-meta">{d("report.generated", { date: formatDateTime(new Date().toISOString(), docLanguage) })}</p>
        </header>

        <section className="report-section report-summary-section" aria-labelledby="report-summary">
          <h2 id="report-summary">{d("report.summary.title")}</h2>
          <div className="report-summary">
            <div>
              <h3>{d("report.summary.objectives")}</h3>
              {data.kpis.length === 0 ? (
                <p>{d("report.summary.noObjectives")}</p>
              ) : (
                <dl className="report-figures">
                  {SHOWN_STATUSES.map((status) => (
                    <div key={status} className={`status-${status}`}>
                      <dt>{d(`monitoring.statuses.${status}`)}</dt>
                      <dd>{number(counts[status])}</dd>
                    </div>
                  ))}
                  {OTHER_STATUSES.filter((status) => counts[status] > 0).map((status) => (
                    <div key={status}>
                      <dt>{d(`monitoring.statuses.${status}`)}</dt>
                      <dd>{number(counts[status])}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
            <div>
              <h3>{d("report.summary.month")}</h3>
              {figures === null ? (
                <p>{d("report.summary.outOfRange", { count: data.effort.months.length })}</p>
              ) : (
                <dl className="report-figures">
                  <div>
                    <dt>{d("report.summary.published")}</dt>
                    <dd>{number(figures.published)}</dd>
                  </div>
                  <div>
                    <dt>{d("report.summary.contacts")}</dt>
                    <dd>{measured(figures.contacts)}</dd>
                  </div>
                  <div>
                    <dt>{d("report.summary.opportunities")}</dt>
                    <dd>{measured(figures.opportunities)}</dd>
                  </div>
                  <div>
                    <dt>{d("report.summary.value")}</dt>
                    <dd>{measured(figures.value, true)}</dd>
                  </div>
                </dl>
              )}
            </div>
          </div>
        </section>

        <ReportObjectives t={d} language={docLanguage} monitoring={data} month={month} />
        <ReportChannels t={d} language={docLanguage} monitoring={data} figures={figures} />

        <section className="report-section report-decisions-section" aria-labelledby="report-decisions">
          <h2 id="report-decisions">{d("report.decisions.title")}</h2>
          {decisions.isError ? (
            <p>{d("report.decisions.unavailable")}</p>
          ) : decided.length === 0 ? (
            <p>{d("report.decisions.empty")}</p>
          ) : (
            <ul className="report-decisions">
              {decided.map((decision) => (
                <li key={decision.id}>
                  <strong>{decision.title}</strong>
                  {decision.choice && <p>{d("report.decisions.choice", { choice: decision.choice })}</p>}
                  <p className="doc-meta">
                    {decision.status === "rejected"
                      ? d("decisions.statuses.rejected")
                      : d("report.decisions.decidedOn", { date: formatDate(decision.decidedOn, docLanguage) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="report-section report-next-section" aria-labelledby="report-next">
          <h2 id="report-next">{d("report.next.title")}</h2>
          {reviews.isError ? (
            <p>{d("report.next.unavailable")}</p>
          ) : reviews.data ? (
            <ul>
              <li>{d("report.next.nextReview", { date: formatDate(reviews.data.nextDue, docLanguage) })}</li>
              <li>{lastReview ? d("report.next.lastReview", { date: formatDate(lastReview, docLanguage) }) : d("report.next.noReview")}</li>
            </ul>
          ) : null}
        </section>
      </article>
    </div>
  );
}
