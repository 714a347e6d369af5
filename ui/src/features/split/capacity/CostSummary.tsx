// Hours and money of one phase: in-house and agency hours, what the agency's
// hours cost at its rate, and how that sits against the monthly budget.
import { useTranslation } from "react-i18next";

import type { Capacity, Phase, Settings } from "../../../bindings";
import { Bars } from "../../../components/charts";
import { useLanguage } from "../../../lib/i18n";
import { phaseWord } from "../matrix/labels";
import { formatHours, formatMoney } from "./numbers";

const COST = "#1f3a57";
const OVER = "#b3261e";
const BUDGET = "#9aa5b1";

export function CostSummary({ capacity, settings, phase }: { capacity: Capacity; settings: Settings; phase: Phase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const word = phaseWord(t, phase);
  const cost = capacity.agencyCost ?? 0;
  const budget = settings.monthlyBudget;
  const over = capacity.budgetLevel === "over";
  const unassigned = (capacity.unassignedBusiness ?? 0) + (capacity.unassignedAgency ?? 0);
  const hours = (value: number | null) => t("splitCapacity.people.hours", { hours: formatHours(value, language) });

  const data = [
    { name: t("splitCapacity.cost.costBar"), value: cost, amount: formatMoney(cost, language), fill: over ? OVER : COST },
    ...(budget === null ? [] : [{ name: t("splitCapacity.cost.budgetBar"), value: budget, amount: formatMoney(budget, language), fill: BUDGET }]),
  ];

  return (
    <section className="capacity-cost" aria-labelledby="capacity-cost-title">
      <h2 id="capacity-cost-title">{t("splitCapacity.cost.title")}</h2>
      {over && budget !== null && (
        <p role="alert" className="capacity-alert level-over">
          {t("splitCapacity.cost.over", { amount: formatMoney(cost - budget, language) })}
        </p>
      )}
      {unassigned > 0 && (
        <p className="capacity-note">{t("splitCapacity.cost.unassigned", { hours: formatHours(unassigned, language) })}</p>
      )}
      <div className="capacity-cost-body">
        <table className="table capacity-table" aria-label={t("splitCapacity.cost.table")}>
          <tbody>
            <tr>
              <th scope="row">{t("splitCapacity.cost.businessHours")}</th>
              <td className="number">{hours(capacity.businessHours)}</td>
            </tr>
            <tr>
              <th scope="row">{t("splitCapacity.cost.agencyHours")}</th>
              <td className="number">{hours(capacity.agencyHours)}</td>
            </tr>
            <tr>
              <th scope="row">{t("splitCapacity.cost.agencyCost")}</th>
              <td className="number">
                {formatMoney(cost, language)}{" "}
                <small className="muted">
                  ({t("splitCapacity.cost.costDetail", { hours: formatHours(capacity.agencyHours, language), rate: formatMoney(settings.hourlyRate, language) })})
                </small>
              </td>
            </tr>
            <tr>
              <th scope="row">{t("splitCapacity.cost.budget")}</th>
              <td className="number">{budget === null ? t("splitCapacity.cost.notSet") : formatMoney(budget, language)}</td>
            </tr>
          </tbody>
        </table>
        <figure className="capacity-chart">
          <Bars
            label={t("splitCapacity.cost.chart")}
            categories={data.map((row) => `${row.name}: ${row.amount}`)}
            series={[{ label: t("splitCapacity.cost.title"), values: data.map((row) => row.value), colour: data.map((row) => row.fill) }]}
            horizontal
            width={560}
            height={data.length * 48 + 50}
            formatValue={(value) => formatMoney(value, language, true)}
          />
          <figcaption className="hint">{t("splitCapacity.cost.caption", { phase: word })}</figcaption>
        </figure>
      </div>
    </section>
  );
}
