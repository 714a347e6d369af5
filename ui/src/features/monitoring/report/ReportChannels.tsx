// The report's channels: for each channel of the plan, what was published in
// the month and what it brought, and the activities that have brought
// nothing for months (the effort view's flag), to talk about at the review.
import type { TFunction } from "i18next";

import type { Language, Monitoring, MonthResult } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { activityLabel, channelName } from "../../split/matrix/labels";
import type { MonthFigures } from "./model";

export function ReportChannels({
  t,
  language,
  monitoring,
  figures,
}: {
  t: TFunction;
  language: Language;
  monitoring: Monitoring;
  /** `null` when the month is older than the effort view goes back. */
  figures: MonthFigures | null;
}) {
  const number = (value: number) => formatNumber(value, language);
  const result = (r: MonthResult | null, pick: (r: MonthResult) => number | null, money = false) => {
    if (!r?.measured) return t("report.summary.notMeasured");
    const value = number(pick(r) ?? 0);
    return money ? t("report.euro", { amount: value }) : value;
  };

  let body;
  if (figures === null) body = <p>{t("report.channels.outOfRange", { count: monitoring.effort.months.length })}</p>;
  else if (figures.channels.length === 0) body = <p>{t("report.channels.empty")}</p>;
  else
    body = (
      <table className="report-table">
        <caption>{t("report.channels.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.channels.channel")}</th>
            <th scope="col">{t("report.channels.published")}</th>
            <th scope="col">{t("report.channels.contacts")}</th>
            <th scope="col">{t("report.channels.opportunities")}</th>
            <th scope="col">{t("report.channels.value")}</th>
            <th scope="col">{t("report.channels.review")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.channels.map(({ channel, published, result: r }) => {
            const flagged = channel.activities.filter((a) => a.flagged);
            return (
              <tr key={channel.key}>
                <th scope="row">{channelName({ channel: channel.key, name: channel.name }, language)}</th>
                <td className="number">{number(published)}</td>
                <td className="number">{result(r, (x) => x.contacts)}</td>
                <td className="number">{result(r, (x) => x.opportunities)}</td>
                <td className="number">{result(r, (x) => x.value, true)}</td>
                <td>
                  {flagged.length > 0 && (
                    <dl className="report-flags">
                      {flagged.map((a) => (
                        <div key={a.activityId}>
                          <dt>{activityLabel(t, a)}</dt>
                          <dd>{t("report.channels.quiet", { count: a.quietMonths })}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );

  return (
    <section className="report-section" aria-labelledby="report-channels">
      <h2 id="report-channels">{t("report.channels.title")}</h2>
      {body}
    </section>
  );
}
