// Whose time the split fills in one phase: an alert for each person above the
// protected margin, a chart of each person's share of their own time, and the
// same figures as a table for keyboards and screen readers.
import { useTranslation } from "react-i18next";

import type { Capacity, Language, LoadLevel, Person, Phase } from "../../../bindings";
import { Bars } from "../../../components/charts";
import { useLanguage } from "../../../lib/i18n";
import { phaseWord, sideLabel } from "../matrix/labels";
import { formatHours, formatPercent } from "./numbers";

/** Level colours; every bar also carries its level in words. */
export const LEVEL_COLOURS: Record<LoadLevel, string> = { ok: "#2f7d4f", warn: "#b7791f", over: "#b3261e" };

interface Row {
  person: Person;
  available: string;
  assigned: string;
  percent: string;
  rawPercent: number;
  level: LoadLevel;
}

function rows(capacity: Capacity, people: Person[], language: Language): Row[] {
  return capacity.people.flatMap((load) => {
    const person = people.find((p) => p.id === load.personId);
    if (!person) return [];
    return [
      {
        person,
        available: formatHours(load.available, language),
        assigned: formatHours(load.assigned, language),
        percent: formatPercent(load.percent, language),
        rawPercent: load.percent ?? 0,
        level: load.level,
      },
    ];
  });
}

export function PeopleLoad({ capacity, people, phase, margin }: { capacity: Capacity; people: Person[]; phase: Phase; margin: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const word = phaseWord(t, phase);
  const list = rows(capacity, people, language);

  return (
    <section className="capacity-people" aria-labelledby="capacity-people-title">
      <h2 id="capacity-people-title">{t("splitCapacity.people.title")}</h2>
      {list.length === 0 ? (
        <p className="empty">{t("splitCapacity.people.none")}</p>
      ) : (
        <>
          {list
            .filter((row) => row.level !== "ok")
            .map((row) => (
              <p key={row.person.id} role="alert" className={`capacity-alert level-${row.level}`}>
                {t(row.level === "over" ? "splitCapacity.people.over" : "splitCapacity.people.warn", {
                  name: row.person.name,
                  percent: row.percent,
                  assigned: row.assigned,
                  available: row.available,
                })}
              </p>
            ))}
          <LoadChart rows={list} margin={margin} phase={word} />
          <table className="table capacity-table" aria-label={t("splitCapacity.people.table")}>
            <thead>
              <tr>
                <th scope="col">{t("splitCapacity.people.name")}</th>
                <th scope="col">{t("splitCapacity.people.side")}</th>
                <th scope="col">{t("splitCapacity.people.available")}</th>
                <th scope="col">{t("splitCapacity.people.assigned")}</th>
                <th scope="col">{t("splitCapacity.people.percent")}</th>
                <th scope="col">{t("splitCapacity.people.state")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((row) => (
                <tr key={row.person.id}>
                  <th scope="row">{row.person.name}</th>
                  <td>{sideLabel(t, row.person.side)}</td>
                  <td className="number">{t("splitCapacity.people.hours", { hours: row.available })}</td>
                  <td className="number">{t("splitCapacity.people.hours", { hours: row.assigned })}</td>
                  <td className="number">{t("splitCapacity.people.percentValue", { percent: row.percent })}</td>
                  <td>
                    <span className={`badge level-${row.level}`}>{t(`splitCapacity.people.levels.${row.level}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function LoadChart({ rows: list, margin, phase }: { rows: Row[]; margin: number; phase: string }) {
  const { t } = useTranslation();
  // Beyond twice their time the bar is cut: one person with no hours (999 %) must not flatten the others.
  const top = Math.min(200, Math.max(125, ...list.map((row) => Math.ceil((row.rawPercent + 5) / 25) * 25)));

  return (
    <figure className="capacity-chart">
      <Bars
        label={t("splitCapacity.people.chart", { phase })}
        // The level in words next to each name: colour is never the only sign.
        categories={list.map((row) => `${row.person.name} · ${t("splitCapacity.people.barLabel", { percent: row.percent, level: t(`splitCapacity.people.levels.${row.level}`) })}`)}
        series={[{ label: t("splitCapacity.people.axis"), values: list.map((row) => Math.min(row.rawPercent, top)), colour: list.map((row) => LEVEL_COLOURS[row.level]) }]}
        horizontal
        width={800}
        height={list.length * 44 + 70}
        max={top}
        markers={[
          { value: margin, colour: LEVEL_COLOURS.warn, dashed: true, label: t("splitCapacity.people.marginLine", { margin }) },
          { value: 100, colour: LEVEL_COLOURS.over },
        ]}
        formatValue={(value) => `${value} %`}
      />
      <figcaption className="hint">{t("splitCapacity.people.caption", { phase, margin })}</figcaption>
    </figure>
  );
}
