// Whose time the split fills in one phase: an alert for each person above the
// protected margin, a chart of each person's share of their own time, and the
// same figures as a table for keyboards and screen readers.
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, XAxis, YAxis, type BarShapeProps } from "recharts";

import type { Capacity, Language, LoadLevel, Person, Phase } from "../../../bindings";
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
  const ticks = Array.from({ length: top / 25 + 1 }, (_, i) => i * 25);
  const data = list.map((row) => ({
    name: row.person.name,
    share: Math.min(row.rawPercent, top),
    label: t("splitCapacity.people.barLabel", { percent: row.percent, level: t(`splitCapacity.people.levels.${row.level}`) }),
  }));
  const shape = (props: BarShapeProps) => (
    <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={LEVEL_COLOURS[list[props.index]?.level ?? "ok"]} />
  );

  return (
    <figure className="capacity-chart">
      <div role="img" aria-label={t("splitCapacity.people.chart", { phase })}>
        <BarChart width={800} height={list.length * 44 + 70} data={data} layout="vertical" margin={{ top: 24, right: 8, bottom: 24, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, top]}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(value: number) => `${value} %`}
            label={{ value: t("splitCapacity.people.axis"), position: "insideBottom", offset: -16 }}
          />
          <YAxis type="category" dataKey="name" width={150} />
          {/* The level in words, in a column of its own: colour is never the only sign. */}
          <YAxis yAxisId="label" orientation="right" type="category" dataKey="label" width={250} axisLine={false} tickLine={false} />
          <ReferenceLine
            x={margin}
            stroke={LEVEL_COLOURS.warn}
            strokeDasharray="6 4"
            label={{ value: t("splitCapacity.people.marginLine", { margin }), position: "top" }}
          />
          <ReferenceLine x={100} stroke={LEVEL_COLOURS.over} />
          <Bar dataKey="share" barSize={22} shape={shape} isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption className="hint">{t("splitCapacity.people.caption", { phase, margin })}</figcaption>
    </figure>
  );
}
